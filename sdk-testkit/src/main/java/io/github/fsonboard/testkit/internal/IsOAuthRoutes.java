package io.github.fsonboard.testkit.internal;

import static io.github.fsonboard.testkit.internal.Fields.map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * IS 7 OAuth2 endpoints: discovery, JWKS, token, authorize (with request objects and pushed
 * requests), introspect, revoke; PAR itself is {@link IsParRoutes}.
 */
public final class IsOAuthRoutes {
  /** The discovery path, as IS 7 serves it (under the token endpoint issuer). */
  public static final String DISCOVERY = "/oauth2/token/.well-known/openid-configuration";

  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

  /**
   * The grant types a default IS 7 has handlers for ({@code [oauth.grant_type]} in
   * deployment.toml): what DCR accepts in {@code grant_types}. The token endpoint below runs only
   * {@link #GRANTS}.
   */
  static final List<String> SERVER_GRANTS =
      List.of(
          "authorization_code",
          "implicit",
          "password",
          "client_credentials",
          "refresh_token",
          "urn:ietf:params:oauth:grant-type:saml2-bearer",
          "iwa:ntlm",
          "urn:ietf:params:oauth:grant-type:jwt-bearer",
          "urn:ietf:params:oauth:grant-type:device_code",
          "urn:ietf:params:oauth:grant-type:token-exchange",
          "organization_switch");

  private static final List<String> GRANTS =
      List.of(
          "authorization_code",
          "client_credentials",
          "refresh_token",
          "password",
          "urn:ietf:params:oauth:grant-type:jwt-bearer");

  /**
   * The response modes of an IS 7 with JARM's providers configured ({@code [[oauth.response_mode]]}
   * in deployment.toml, as WSO2's JARM guide lists them) beside the default query, fragment and
   * form_post; the emulator serves {@code query}, {@code jwt} and {@code query.jwt}.
   */
  static final List<String> RESPONSE_MODES =
      List.of(
          "query", "fragment", "form_post", "jwt", "query.jwt", "fragment.jwt", "form_post.jwt");

  private final Context ctx;

  /**
   * Creates the routes.
   *
   * @param ctx the context
   */
  public IsOAuthRoutes(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Registers the routes.
   *
   * @param router the IS router
   */
  public void register(Router router) {
    router.on("GET", DISCOVERY, (r, m) -> Reply.json(200, discoveryDocument(ctx)));
    router.on(
        "GET",
        "/oauth2/oidcdiscovery/\\.well-known/openid-configuration",
        (r, m) -> Reply.json(200, discoveryDocument(ctx)));
    router.on("GET", "/oauth2/jwks", (r, m) -> Reply.json(200, ctx.tokens.jwks()));
    router.on("POST", "/oauth2/token", (r, m) -> token(r));
    router.on("GET", "/oauth2/authorize", (r, m) -> authorize(r));
    new IsParRoutes(ctx).register(router);
    router.on("POST", "/oauth2/introspect", (r, m) -> introspect(r));
    router.on("POST", "/oauth2/revoke", (r, m) -> revoke(r));
    router.on("GET", "/oauth2/userinfo", (r, m) -> userInfo(r));
  }

  private Reply userInfo(Request r) {
    TokenRecord t = ctx.tokens.verify(r.bearer(), "is");
    if (t == null) {
      return Replies.oauthError(401, "invalid_token", "Access token validation failed");
    }
    if (!t.scopes().contains("openid")) {
      return Replies.oauthError(
          403, "insufficient_scope", "Access token does not have the openid scope");
    }
    return Reply.json(200, map("sub", t.username() != null ? t.username() : t.clientId()));
  }

  /**
   * The OpenID Provider metadata of the emulated IS.
   *
   * @param ctx the context
   * @return the document
   */
  public static Map<String, Object> discoveryDocument(Context ctx) {
    String b = ctx.isBase;
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("issuer", ctx.isIssuer());
    d.put("authorization_endpoint", b + "/oauth2/authorize");
    d.put("token_endpoint", b + "/oauth2/token");
    d.put("userinfo_endpoint", b + "/oauth2/userinfo");
    d.put("jwks_uri", b + "/oauth2/jwks");
    d.put("registration_endpoint", b + "/api/identity/oauth2/dcr/v1.1/register");
    d.put("introspection_endpoint", b + "/oauth2/introspect");
    d.put("revocation_endpoint", b + "/oauth2/revoke");
    d.put("pushed_authorization_request_endpoint", b + IsParRoutes.PATH);
    d.put("scopes_supported", List.of("openid", "profile", "email", "address", "phone"));
    d.put("response_types_supported", List.of("code", "id_token", "code id_token", "token"));
    d.put("grant_types_supported", GRANTS);
    d.put("subject_types_supported", List.of("public", "pairwise"));
    d.put("id_token_signing_alg_values_supported", List.of("RS256", "PS256"));
    d.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth"));
    d.put("code_challenge_methods_supported", List.of("S256", "plain"));
    d.put("request_parameter_supported", true);
    // ProviderConfigBuilder.buildOIDProviderConfig: the names of the registered response mode
    // providers (OAuth2Util.getSupportedResponseModes), JARM's among them; and certificate-bound
    // tokens whenever the certificate binder is registered (it is by default). It sends no
    // dpop_signing_alg_values_supported; mtls_endpoint_aliases only with an mTLS host configured,
    // which the emulator does not model.
    d.put("response_modes_supported", RESPONSE_MODES);
    d.put("tls_client_certificate_bound_access_tokens", true);
    return d;
  }

  private static final String CLIENT_ASSERTION =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private Store.Client authenticateClient(Request r, Map<String, String> form) {
    return authenticateClient(ctx, r, form, null);
  }

  /**
   * OAuthClientAuthenticatorProxy: Basic, form secret, public client, signed client assertion or
   * mutual TLS ({@link IsMutualTls}).
   *
   * @param ctx the context
   * @param r the request
   * @param form the form
   * @param endpoint an {@code aud} a client assertion may carry besides the token endpoint, or null
   * @return the client, or null when authentication fails
   */
  static Store.Client authenticateClient(
      Context ctx, Request r, Map<String, String> form, String endpoint) {
    if (CLIENT_ASSERTION.equals(form.get("client_assertion_type"))) {
      return Assertions.authenticateWithAssertion(ctx, form.get("client_assertion"), endpoint);
    }
    if (IsMutualTls.applies(r, form)) {
      return IsMutualTls.authenticate(ctx, r, form);
    }
    String[] basic = r.basic();
    String id = basic != null ? basic[0] : form.get("client_id");
    Store.Client client = id == null ? null : ctx.store.clients.get(id);
    if (client == null || !"is".equals(client.realm)) {
      return null;
    }
    String secret = basic != null ? basic[1] : form.get("client_secret");
    if (secret == null && client.flag("ext_public_client")) {
      return client;
    }
    return secret != null && secret.equals(client.secret()) ? client : null;
  }

  private Reply token(Request r) {
    Map<String, String> form = r.form();
    // CarbonOAuthTokenRequest.initValidator checks grant_type before any client authentication;
    // OAuth2TokenEndpoint reports its OAuthProblemException as invalid_request.
    String grant = form.get("grant_type");
    if (grant == null || grant.isBlank()) {
      return Replies.oauthError(400, "invalid_request", "Missing grant_type parameter value");
    }
    if (!GRANTS.contains(grant)) {
      return Replies.oauthError(400, "invalid_request", "Unsupported grant_type value");
    }
    Store.Client client = authenticateClient(r, form);
    if (client == null) {
      // OAuth2TokenEndpoint.handleBasicAuthFailure: 401 with the realm challenge.
      return Replies.oauthError(401, "invalid_client", "Client Authentication failed.")
          .withHeader("WWW-Authenticate", "Basic realm=" + IsAuthValve.hostName(r));
    }
    if (!client.grantTypes().contains(grant)) {
      return Replies.oauthError(
          400,
          "unauthorized_client",
          "The authenticated client is not authorized to use this authorization grant type");
    }
    // Halts with IS's refusal when the binding the application asks for cannot be made.
    TokenBinding binding = grant.equals("refresh_token") ? null : binding(r, client);
    String user;
    List<String> scopes;
    String nonce = null;
    switch (grant) {
      case "client_credentials" -> {
        user = null;
        scopes = Context.splitScopes(form.get("scope"));
      }
      case "password" -> {
        Store.User u = ctx.store.authenticate(form.get("username"), form.get("password"));
        if (u == null) {
          return Replies.oauthError(400, "invalid_grant", "Authentication failed");
        }
        user = u.username;
        scopes = Context.splitScopes(form.get("scope"));
      }
      case "authorization_code" -> {
        Store.AuthCode code = ctx.store.codes.remove(form.getOrDefault("code", ""));
        if (code == null
            || !code.clientId().equals(client.id())
            || code.expiresAtEpochSecond() < ctx.store.clock.instant().getEpochSecond()) {
          return Replies.oauthError(400, "invalid_grant", "Invalid authorization code received");
        }
        if (code.redirectUri() != null && !code.redirectUri().equals(form.get("redirect_uri"))) {
          return Replies.oauthError(400, "invalid_grant", "Callback url mismatch");
        }
        Reply pkce = checkVerifier(code, form.get("code_verifier"));
        if (pkce != null) {
          return pkce;
        }
        user = code.username();
        scopes = code.scopes();
        nonce = code.nonce();
      }
      case "refresh_token" -> {
        String jti = ctx.store.refreshTokens.get(form.getOrDefault("refresh_token", ""));
        TokenRecord old = jti == null ? null : ctx.store.tokens.get(jti);
        if (old == null || !old.clientId().equals(client.id())) {
          return Replies.oauthError(400, "invalid_grant", "Persisted access token data not found");
        }
        binding = renewedBinding(r, client, old);
        ctx.store.refreshTokens.remove(form.get("refresh_token"));
        ctx.store.tokens.remove(jti);
        user = old.username();
        scopes = old.scopes();
      }
      default -> {
        String error = Assertions.checkJwtBearerGrant(ctx, form.get("assertion"));
        if (error != null) {
          return Replies.oauthError(400, "invalid_grant", error);
        }
        user = Assertions.subject(form.get("assertion"));
        scopes = Context.splitScopes(form.get("scope"));
      }
    }
    boolean refresh =
        !grant.equals("client_credentials") && client.grantTypes().contains("refresh_token");
    List<String> granted = IsApplications.grantableScopes(ctx, client, scopes);
    TokenRecord t =
        ctx.tokens.issue("is", ctx.isIssuer(), client.id(), user, granted, grant, refresh, binding);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", t.accessToken());
    if (t.refreshToken() != null) {
      body.put("refresh_token", t.refreshToken());
    }
    // No granted scope: IS leaves scope out (it never invents a "default" scope).
    if (!granted.isEmpty()) {
      body.put("scope", String.join(" ", granted));
    }
    if (granted.contains("openid")) {
      body.put(
          "id_token",
          ctx.tokens.idToken(
              ctx.isIssuer(),
              client.id(),
              user != null ? user : client.id(),
              nonce,
              t.accessToken(),
              grant.equals("authorization_code") ? form.get("code") : null));
    }
    // OauthDPoPInterceptorHandlerProxy.setDPoPTokenType: a DPoP-bound token is of type DPoP.
    boolean dpop = binding != null && TokenBinding.DPOP.equals(binding.type());
    body.put("token_type", dpop ? TokenBinding.DPOP : "Bearer");
    body.put("expires_in", ctx.tokens.lifetime().toSeconds());
    return Reply.json(200, body).withHeader("Cache-Control", "no-store");
  }

  /**
   * The binding of a new token, by the application's binding type: a DPoP proof
   * (OauthDPoPInterceptorHandlerProxy.onPreTokenIssue, checked before the grant so a bad proof does
   * not use up a code) or the TLS client certificate (CertificateBasedTokenBinder; without one
   * AccessTokenIssuer refuses with invalid_request).
   */
  private TokenBinding binding(Request r, Store.Client client) {
    String type = IsApplications.bindingType(ctx, client);
    if (TokenBinding.DPOP.equals(type)) {
      return dpop(r, "DPoP header is required.");
    }
    if (TokenBinding.CERTIFICATE.equals(type)) {
      X509Certificate certificate = r.clientCertificate();
      if (certificate == null) {
        throw new Halt(
            Replies.oauthError(
                400, "invalid_request", "TLS certificate not found in the request."));
      }
      return new TokenBinding(TokenBinding.CERTIFICATE, KeyMaterial.x5tS256(certificate));
    }
    return null;
  }

  /**
   * OauthDPoPInterceptorHandlerProxy.onPreTokenRenewal: a DPoP-bound refresh token needs a DPoP
   * application and a valid proof by the same key; other refresh tokens renew as the application's
   * binding type says, DPoP aside.
   */
  private TokenBinding renewedBinding(Request r, Store.Client client, TokenRecord old) {
    String type = IsApplications.bindingType(ctx, client);
    if (old.binding() != null && TokenBinding.DPOP.equals(old.binding().type())) {
      if (!TokenBinding.DPOP.equals(type)) {
        throw new Halt(
            Replies.oauthError(401, "invalid_client", "Invalid Client")
                .withHeader("WWW-Authenticate", "Basic realm=" + IsAuthValve.hostName(r)));
      }
      TokenBinding renewed = dpop(r, "DPoP proof is required.");
      if (!renewed.value().equals(old.binding().value())) {
        throw new Halt(Replies.oauthError(400, IsDpop.ERROR, IsDpop.INVALID));
      }
      return renewed;
    }
    if (TokenBinding.DPOP.equals(type)) {
      return null;
    }
    TokenBinding renewed = binding(r, client);
    if (old.binding() != null
        && TokenBinding.CERTIFICATE.equals(type)
        && client.flag("tls_client_certificate_bound_access_tokens")
        && !old.binding().equals(renewed)) {
      // RefreshGrantHandler.validateTokenBindingReference: DCRMService turns token binding
      // validation on with a certificate binding, and CertificateBasedTokenBinder
      // .isValidTokenBinding wants the refresh token's certificate again; the
      // IdentityOAuth2Exception
      // becomes invalid_grant with its message (AccessTokenIssuer.issue).
      throw new Halt(
          Replies.oauthError(
              400, "invalid_grant", "Invalid token binding value is present in the request."));
    }
    return renewed;
  }

  private TokenBinding dpop(Request r, String missing) {
    try {
      return new TokenBinding(TokenBinding.DPOP, IsDpop.verify(ctx, r, missing));
    } catch (IsDpop.Refused e) {
      throw new Halt(Replies.oauthError(400, IsDpop.ERROR, e.getMessage()));
    }
  }

  private Reply checkVerifier(Store.AuthCode code, String verifier) {
    if (code.challenge() == null) {
      return null;
    }
    if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
      return Replies.oauthError(400, "invalid_grant", "Code verifier used is not valid.");
    }
    String expected;
    if ("S256".equals(code.method())) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII));
        expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    } else {
      expected = verifier;
    }
    return expected.equals(code.challenge())
        ? null
        : Replies.oauthError(400, "invalid_grant", "PKCE validation failed");
  }

  private Reply authorize(Request r) {
    Map<String, String> p = new LinkedHashMap<>();
    r.query().forEach((k, v) -> p.put(k, v.get(0)));
    boolean pushed = false;
    String requestUri = p.get("request_uri");
    if (requestUri != null && requestUri.startsWith(IsParRoutes.REQUEST_URI_PREFIX)) {
      // ParRequestBuilder.buildRequest: the pushed parameters win over the query, request_uri goes.
      Reply refused = IsParRoutes.takePushed(ctx, requestUri, p);
      if (refused != null) {
        return refused;
      }
      pushed = true;
    }
    String clientId = p.get("client_id");
    Store.Client client = clientId == null ? null : ctx.store.clients.get(clientId);
    if (client == null || !"is".equals(client.realm)) {
      return Reply.typed(
          400, "text/plain", "Cannot find an application associated with the given consumer key");
    }
    String redirect = p.get("redirect_uri");
    List<String> registered = Fields.strings(client.metadata, "redirect_uris");
    if (redirect == null && registered.size() == 1) {
      redirect = registered.get(0);
    }
    if (redirect == null || !redirectAllowed(registered, redirect)) {
      return Reply.typed(
          400, "text/plain", "Registered callback does not match with the provided url");
    }
    String state = p.get("state");
    if (!"code".equals(p.get("response_type"))) {
      return refuse(client, p, redirect, "unsupported_response_type", state);
    }
    if (!client.grantTypes().contains("authorization_code")) {
      return refuse(client, p, redirect, "unauthorized_client", state);
    }
    if (!pushed && client.flag("require_pushed_authorization_requests")) {
      // AuthzUtil.checkPARMandatory.
      return refuse(
          client,
          p,
          redirect,
          "invalid_request",
          state,
          "PAR request is mandatory for the application.");
    }
    if (p.get("request") != null && Context.splitScopes(p.get("scope")).contains("openid")) {
      // AuthzUtil.populateOauthParameters -> handleOIDCRequestObject: only for an openid scope;
      // the request object's values then supersede the query's (overrideAuthzParameters).
      try {
        IsRequestObjects.Verified ro = IsRequestObjects.verify(ctx, client, p.get("request"));
        IsRequestObjects.validate(ctx, ro, clientId, p.get("response_type"), redirect);
        for (String name :
            List.of(
                "redirect_uri",
                "nonce",
                "state",
                "prompt",
                "code_challenge",
                "code_challenge_method",
                "scope",
                "max_age",
                "response_mode")) {
          String value = ro.claim(name);
          if (value != null && !value.isEmpty()) {
            p.put(name, value);
          }
        }
      } catch (IsRequestObjects.Refused e) {
        // EndpointUtil.getErrorPageURL: to the redirect URI the request named, else the error page.
        String named = r.queryParam("redirect_uri");
        return named == null
            ? IsParRoutes.errorPage(ctx, "invalid_request_object", e.getMessage())
            : refuse(client, p, named, "invalid_request_object", state, e.getMessage());
      }
      redirect = p.getOrDefault("redirect_uri", redirect);
      state = p.get("state");
    }
    String challenge = p.get("code_challenge");
    String method = p.get("code_challenge_method");
    if (challenge == null && client.flag("ext_pkce_mandatory")) {
      return refuse(
          client,
          p,
          redirect,
          "invalid_request",
          state,
          "PKCE is mandatory for this application. PKCE Challenge is not provided or is not upto RFC 7636 specification.");
    }
    if (challenge != null) {
      if (method == null) {
        method = "plain";
      }
      if ("plain".equals(method) && !client.flag("ext_pkce_support_plain")) {
        return refuse(
            client,
            p,
            redirect,
            "invalid_request",
            state,
            "This application does not support \"plain\" transformation algorithm.");
      }
      if (!"plain".equals(method) && !"S256".equals(method)) {
        return refuse(
            client, p, redirect, "invalid_request", state, "Unsupported PKCE Challenge Method");
      }
      if ("S256".equals(method) && challenge.length() != 43
          || "plain".equals(method) && !VERIFIER.matcher(challenge).matches()) {
        return refuse(
            client,
            p,
            redirect,
            "invalid_request",
            state,
            "Code challenge used is not up to RFC 7636 specifications.");
      }
    }
    String code = ctx.store.randomToken(24);
    ctx.store.codes.put(
        code,
        new Store.AuthCode(
            client.id(),
            p.get("redirect_uri"),
            ctx.settings.authorizeUser(),
            Context.splitScopes(p.get("scope")),
            challenge,
            method,
            ctx.store.clock.instant().getEpochSecond() + 300,
            p.get("nonce")));
    if (jwtResponseMode(p.get("response_mode"))) {
      // JARM: JwtResponseModeProvider.getAuthResponseRedirectUrl turns jwt into query.jwt for a
      // code-only response_type; QueryJwtResponseModeProvider.getAuthResponseRedirectUrl appends
      // "?response=" and the signed JWT to the redirect URI (JarmResponseModeProvider claims).
      String jwt =
          ctx.tokens.authorizationResponse(
              ctx.isIssuer(), client.id(), code, state, p.get("scope"));
      return Reply.empty(302).withHeader("Location", withQuery(redirect, "response=" + jwt));
    }
    return redirect(redirect, "code", code, state);
  }

  /**
   * An authorization error sent back to the client's redirect URI. With a JWT response mode IS 7
   * puts it in the signed response JWT instead of the query: the response mode provider builds
   * every redirect of OAuth2AuthzEndpoint, and
   * QueryJwtResponseModeProvider.getAuthResponseRedirectUrl signs
   * JarmResponseModeProvider.getErrorJWTClaimsSet when AuthorizationResponseDTO.isError.
   */
  private Reply refuse(
      Store.Client client,
      Map<String, String> p,
      String redirect,
      String error,
      String state,
      String... desc) {
    if (jwtResponseMode(p.get("response_mode"))) {
      String jwt =
          ctx.tokens.authorizationErrorResponse(
              ctx.isIssuer(), client.id(), error, desc.length > 0 ? desc[0] : null, state);
      return Reply.empty(302).withHeader("Location", withQuery(redirect, "response=" + jwt));
    }
    return redirect(redirect, "error", error, state, desc);
  }

  private static boolean jwtResponseMode(String mode) {
    return "jwt".equals(mode) || "query.jwt".equals(mode);
  }

  private static String withQuery(String base, String parameter) {
    return base + (base.contains("?") ? '&' : '?') + parameter;
  }

  static boolean redirectAllowed(List<String> registered, String redirect) {
    for (String uri : registered) {
      if (uri.startsWith("regexp=")) {
        if (redirect.matches(uri.substring(7))) {
          return true;
        }
      } else if (uri.equals(redirect)) {
        return true;
      }
    }
    return false;
  }

  static Reply redirect(String base, String key, String value, String state, String... desc) {
    StringBuilder url = new StringBuilder(base).append(base.contains("?") ? '&' : '?');
    url.append(key).append('=').append(enc(value));
    if (desc.length > 0) {
      url.append("&error_description=").append(enc(desc[0]));
    }
    if (state != null) {
      url.append("&state=").append(enc(state));
    }
    return Reply.empty(302).withHeader("Location", url.toString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * OAuth2IntrospectionEndpoint.introspect: callers pass the REST authentication valve first (user
   * credentials with introspection permission); the body's members depend on the token type.
   */
  private Reply introspect(Request r) {
    String[] basic = r.basic();
    Store.User caller = basic == null ? null : ctx.store.authenticate(basic[0], basic[1]);
    if (caller == null) {
      return IsAuthValve.refuse(r, 401);
    }
    if (!caller.isAdmin()) {
      return IsAuthValve.refuse(r, 403);
    }
    String token = r.form().get("token");
    if (token == null || token.isBlank()) {
      return Reply.json(400, map("error", "Invalid input"));
    }
    TokenRecord t = ctx.tokens.verify(token, null);
    boolean refresh = false;
    if (t == null) {
      String jti = ctx.store.refreshTokens.get(token);
      t = jti == null ? null : ctx.store.tokens.get(jti);
      refresh = t != null;
    }
    if (t == null) {
      return Reply.json(200, map("active", false));
    }
    Store.Client client = ctx.store.clients.get(t.clientId());
    boolean jwt =
        !refresh
            && client != null
            && "JWT".equalsIgnoreCase(String.valueOf(client.metadata.get("ext_token_type")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("active", true);
    if (!t.scopes().isEmpty()) {
      body.put("scope", String.join(" ", t.scopes()));
    }
    body.put("client_id", t.clientId());
    if (t.username() != null) {
      body.put("username", t.username());
    }
    // IntrospectionResponseBuilder: "Refresh" for refresh tokens, "JWT" for self-contained
    // access tokens, "Bearer" for opaque ones.
    body.put("token_type", refresh ? "Refresh" : jwt ? "JWT" : "Bearer");
    body.put("exp", t.expiresAt().getEpochSecond());
    body.put("iat", t.issuedAt().getEpochSecond());
    body.put("nbf", t.issuedAt().getEpochSecond());
    body.put("aud", t.clientId());
    if (!refresh) {
      body.put("aut", t.username() != null ? "APPLICATION_USER" : "APPLICATION");
    }
    TokenBinding binding = refresh ? null : t.binding();
    if (binding != null) {
      // OAuth2IntrospectionEndpoint: binding_type and binding_ref, and cnf.x5t#S256 for a
      // certificate; DPoPIntrospectionDataProvider: token_type DPoP and cnf.jkt.
      body.put("binding_type", binding.type());
      body.put("binding_ref", binding.reference());
      body.put("cnf", binding.cnf());
      if (TokenBinding.DPOP.equals(binding.type())) {
        body.put("token_type", TokenBinding.DPOP);
      }
    }
    if (jwt) {
      // Only a JWT's own claims carry these.
      body.put("sub", t.username() != null ? t.username() : t.clientId());
      body.put("iss", "apim".equals(t.realm()) ? ctx.apimBase + "/oauth2/token" : ctx.isIssuer());
      body.put("jti", t.jti());
    }
    return Reply.json(200, body);
  }

  /**
   * OAuthRevocationEndpoint.revokeAccessToken: a missing token is invalid_request; failed client
   * authentication is invalid_client (sent as text/html); a token of another client is
   * unauthorized_client; an unknown token is a silent 200 (RFC 7009 §2.2).
   */
  private Reply revoke(Request r) {
    Map<String, String> form = r.form();
    String token = form.get("token");
    if (token == null || token.isBlank()) {
      return Replies.oauthError(400, "invalid_request", "Invalid revocation request");
    }
    Store.Client client = authenticateClient(r, form);
    if (client == null) {
      Reply json = Replies.oauthError(401, "invalid_client", "Client Authentication failed.");
      return new Reply(401, Map.of("Content-Type", "text/html"), json.body());
    }
    String owner = ownerOf(ctx, token);
    if (owner != null && !owner.equals(client.id())) {
      return Replies.oauthError(401, "unauthorized_client", "Unauthorized Client");
    }
    revokeToken(ctx, client, token);
    return Reply.empty(200);
  }

  private static String ownerOf(Context ctx, String token) {
    String jti = ctx.store.refreshTokens.get(token);
    if (jti != null && ctx.store.tokens.get(jti) != null) {
      return ctx.store.tokens.get(jti).clientId();
    }
    for (TokenRecord t : ctx.store.tokens.values()) {
      if (t.accessToken().equals(token)) {
        return t.clientId();
      }
    }
    return null;
  }

  /**
   * Revokes an access or refresh token (and its pair) if it belongs to the client. Unknown tokens
   * are ignored, as RFC 7009 requires.
   *
   * @param ctx the context
   * @param client the authenticated client
   * @param token the token
   */
  static void revokeToken(Context ctx, Store.Client client, String token) {
    if (token == null) {
      return;
    }
    List<String> jtis = new ArrayList<>();
    String byRefresh = ctx.store.refreshTokens.get(token);
    if (byRefresh != null) {
      jtis.add(byRefresh);
    }
    for (TokenRecord t : ctx.store.tokens.values()) {
      if (t.accessToken().equals(token)) {
        jtis.add(t.jti());
      }
    }
    for (String jti : jtis) {
      TokenRecord t = ctx.store.tokens.get(jti);
      if (t != null && t.clientId().equals(client.id())) {
        ctx.store.tokens.remove(jti);
        if (t.refreshToken() != null) {
          ctx.store.refreshTokens.remove(t.refreshToken());
        }
      }
    }
  }
}
