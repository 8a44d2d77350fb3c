package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * IS 7's pushed authorization request endpoint (RFC 9126), as identity-inbound-auth-oauth's {@code
 * OAuth2ParEndpoint.par} and {@code ParAuthServiceImpl} run it: client authentication first, then
 * the parameters (from a request object when the form lacks any of client_id, redirect_uri, scope,
 * response_type), then a one-time {@code request_uri} valid for 60 seconds.
 */
final class IsParRoutes {
  /** The PAR endpoint path. */
  static final String PATH = "/oauth2/par";

  /** ParConstants.REQUEST_URI_PREFIX (IS 7; older IS used {@code urn:ietf:params:oauth:...}). */
  static final String REQUEST_URI_PREFIX = "urn:ietf:params:oauth:par:request_uri:";

  /** ParConstants.EXPIRES_IN_DEFAULT_VALUE: {@code OAuth.PAR.ExpiryTime} unset. */
  private static final long EXPIRES_IN_SECONDS = 60;

  private static final List<String> REQUIRED =
      List.of("client_id", "redirect_uri", "scope", "response_type");

  private final Context ctx;

  IsParRoutes(Context ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router.on("POST", PATH, (r, m) -> par(r));
  }

  private Reply par(Request r) {
    Map<String, List<String>> raw = Request.parseForm(r.bodyText());
    Map<String, String> params = new LinkedHashMap<>();
    raw.forEach((k, v) -> params.put(k, v.get(0)));
    String request = params.get("request");
    if (!params.keySet().containsAll(REQUIRED) && request != null && !request.isBlank()) {
      // OAuth2ParEndpoint.extractParamsFromRequestObject: signature first, then the four
      // parameters come from the object; any failure is invalid_request_object.
      String clientId = IsRequestObjects.clientIdOf(request);
      Store.Client owner = clientId == null ? null : ctx.store.clients.get(clientId);
      if (owner == null) {
        return Replies.oauthError(
            400, "invalid_request_object", "Unable to build a valid Request Object.");
      }
      try {
        IsRequestObjects.Verified ro = IsRequestObjects.verify(ctx, owner, request);
        for (String name : REQUIRED) {
          if (ro.claim(name) != null) {
            params.put(name, ro.claim(name));
          }
        }
      } catch (IsRequestObjects.Refused e) {
        return Replies.oauthError(400, "invalid_request_object", e.getMessage());
      }
    }
    Store.Client client = IsOAuthRoutes.authenticateClient(ctx, r, params, ctx.isBase + PATH);
    if (client == null) {
      // OAuth2ParEndpoint.handleParClientException: invalid_client is a 401 with the realm.
      return Replies.oauthError(401, "invalid_client", "Client Authentication failed.")
          .withHeader("WWW-Authenticate", "Basic realm=" + IsAuthValve.hostName(r));
    }
    // OAuth2ParEndpoint.validateClient: OAuth2Service.validateClientInfo's invalid_client and
    // invalid_callback become invalid_request; a request_uri in the body is refused.
    if (!client.id().equals(params.get("client_id"))) {
      return Replies.oauthError(
          400, "invalid_request", "A valid OAuth client could not be found for client_id");
    }
    String redirect = params.get("redirect_uri");
    List<String> registered = Fields.strings(client.metadata, "redirect_uris");
    if (redirect == null && registered.size() == 1) {
      redirect = registered.get(0);
    }
    if (redirect == null || !IsOAuthRoutes.redirectAllowed(registered, redirect)) {
      return Replies.oauthError(
          400, "invalid_request", "Registered callback does not match with the provided url.");
    }
    if (params.containsKey("request_uri")) {
      return Replies.oauthError(400, "invalid_request", "Request with request_uri not allowed.");
    }
    if (raw.values().stream().anyMatch(v -> v.size() > 1)) {
      return Replies.oauthError(
          400, "invalid_request", "Invalid request with repeated parameters.");
    }
    if (request != null
        && !request.isBlank()
        && Context.splitScopes(params.get("scope")).contains("openid")) {
      // OAuth2ParEndpoint.validateRequestObject -> OIDCRequestObjectUtil.buildRequestObject.
      try {
        IsRequestObjects.Verified ro = IsRequestObjects.verify(ctx, client, request);
        IsRequestObjects.validate(ctx, ro, client.id(), params.get("response_type"), redirect);
      } catch (IsRequestObjects.Refused e) {
        return Replies.oauthError(400, "invalid_request_object", e.getMessage());
      }
    }
    // ParAuthServiceImpl.handleParAuthRequest: a random UUID, kept with the client id and expiry.
    String reference = UUID.randomUUID().toString();
    long now = ctx.store.clock.instant().toEpochMilli();
    ctx.store.pushedRequests.put(
        reference,
        new Store.PushedRequest(client.id(), Map.copyOf(params), now + EXPIRES_IN_SECONDS * 1000));
    return Reply.json(
            201,
            map("request_uri", REQUEST_URI_PREFIX + reference, "expires_in", EXPIRES_IN_SECONDS))
        .withHeader("Cache-Control", "no-store");
  }

  /**
   * ParAuthServiceImpl.retrieveParams via ParRequestBuilder: the record is removed on first use,
   * then expiry and client are checked; the pushed parameters replace the query's.
   *
   * @param ctx the context
   * @param requestUri the {@code request_uri} of the authorization request
   * @param params the query parameters, updated in place
   * @return the error reply, or null when the pushed request was taken
   */
  static Reply takePushed(Context ctx, String requestUri, Map<String, String> params) {
    Store.PushedRequest pushed =
        ctx.store.pushedRequests.remove(requestUri.substring(REQUEST_URI_PREFIX.length()));
    // RequestUtil.buildRequest fails with an IdentityException: AuthzUtil.handleIdentityException
    // sends the user agent to the common error page.
    if (pushed == null) {
      return errorPage(ctx, "invalid_request_uri", "par.invalid.request.uri");
    }
    if (ctx.store.clock.instant().toEpochMilli() > pushed.expiresAtEpochMilli()) {
      return errorPage(ctx, "invalid_request_uri", "par.request.uri.expired");
    }
    if (!pushed.clientId().equals(params.get("client_id"))) {
      return errorPage(ctx, "invalid_request", "par.client.id.not.match");
    }
    params.remove("request_uri");
    params.putAll(pushed.parameters());
    return null;
  }

  /**
   * EndpointUtil.getErrorPageURL without a redirect URI: the common OAuth2 error page.
   *
   * @param ctx the context
   * @param code the {@code oauthErrorCode}
   * @param message the {@code oauthErrorMsg}
   * @return a 302 to the error page
   */
  static Reply errorPage(Context ctx, String code, String message) {
    return Reply.empty(302)
        .withHeader(
            "Location",
            ctx.isBase
                + "/authenticationendpoint/oauth2_error.do?oauthErrorCode="
                + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&oauthErrorMsg="
                + URLEncoder.encode(message, StandardCharsets.UTF_8));
  }
}
