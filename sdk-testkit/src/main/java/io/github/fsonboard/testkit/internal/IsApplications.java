package io.github.fsonboard.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The IS application behind an OAuth client, as far as authorization needs it: its id (what {@code
 * /applications/{id}/authorized-apis} is keyed by) and the API-resource scopes it may be granted.
 */
public final class IsApplications {
  private IsApplications() {}

  /**
   * The application id of an IS client: stable for the client's lifetime, as IS's own is.
   *
   * @param clientId the OAuth client id
   * @return the application id
   */
  public static String idOf(String clientId) {
    return UUID.nameUUIDFromBytes(("is-application:" + clientId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * The access token binding type of a client's application (OAuthAppDO.getTokenBindingType): what
   * the application's OIDC configuration set ({@code accessToken.bindingType}, the only way IS 7
   * turns on DPoP), else {@code certificate} when DCR registered {@code
   * tls_client_certificate_bound_access_tokens} (DCRMService sets CERTIFICATE_BASED_TOKEN_BINDER),
   * else {@code None}.
   *
   * @param ctx the context
   * @param client the client
   * @return the binding type
   */
  static String bindingType(Context ctx, Store.Client client) {
    Map<String, Object> app = ctx.store.isApplications.get(client.id());
    Object set = app == null ? null : app.get("bindingType");
    if (set != null) {
      return set.toString();
    }
    return client.flag("tls_client_certificate_bound_access_tokens")
        ? TokenBinding.CERTIFICATE
        : "None";
  }

  /**
   * The requested scopes IS grants: a scope registered on some API resource is kept only when the
   * client's application is authorized for it; others (OIDC scopes, scopes no API resource
   * registers) pass. Mirrors IS 7's {@code DefaultOAuth2ScopeValidator.validateScope}, which drops
   * unauthorized registered scopes silently rather than failing the request.
   *
   * @param ctx the context
   * @param client the client
   * @param requested the requested scopes
   * @return the granted scopes, in request order
   */
  static List<String> grantableScopes(Context ctx, Store.Client client, List<String> requested) {
    Set<String> registered = new HashSet<>();
    for (Map<String, Object> res : ctx.store.apiResources.values()) {
      for (Object s : (List<?>) res.get("scopes")) {
        registered.add(String.valueOf(((Map<?, ?>) s).get("name")));
      }
    }
    Set<String> authorized = new HashSet<>();
    for (Map<String, Object> api :
        ctx.store.authorizedApis.getOrDefault(idOf(client.id()), List.of())) {
      authorized.addAll(Fields.strings(api, "scopes"));
    }
    List<String> granted = new ArrayList<>();
    for (String scope : requested) {
      if ((!registered.contains(scope) || authorized.contains(scope)) && !granted.contains(scope)) {
        granted.add(scope);
      }
    }
    return granted;
  }
}
