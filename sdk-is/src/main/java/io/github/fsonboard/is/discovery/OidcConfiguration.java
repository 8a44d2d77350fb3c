package io.github.fsonboard.is.discovery;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An OpenID Provider's metadata (OpenID Connect Discovery 1.0 §3, RFC 8414 §2). Endpoints the
 * server did not publish are null; lists it did not publish are empty. Every other member is kept
 * in {@link #additional()}.
 *
 * @param issuer {@code issuer}
 * @param authorizationEndpoint {@code authorization_endpoint}
 * @param tokenEndpoint {@code token_endpoint}
 * @param userinfoEndpoint {@code userinfo_endpoint}
 * @param jwksUri {@code jwks_uri}
 * @param registrationEndpoint {@code registration_endpoint} (RFC 7591)
 * @param introspectionEndpoint {@code introspection_endpoint} (RFC 7662)
 * @param revocationEndpoint {@code revocation_endpoint} (RFC 7009)
 * @param endSessionEndpoint {@code end_session_endpoint}
 * @param pushedAuthorizationRequestEndpoint {@code pushed_authorization_request_endpoint} (RFC
 *     9126)
 * @param scopesSupported {@code scopes_supported}
 * @param responseTypesSupported {@code response_types_supported}
 * @param grantTypesSupported {@code grant_types_supported}
 * @param tokenEndpointAuthMethodsSupported {@code token_endpoint_auth_methods_supported}
 * @param codeChallengeMethodsSupported {@code code_challenge_methods_supported} (RFC 7636)
 * @param idTokenSigningAlgValuesSupported {@code id_token_signing_alg_values_supported}
 * @param mtlsEndpointAliases {@code mtls_endpoint_aliases} (RFC 8705 §5): the endpoints a client
 *     using mutual TLS calls instead, keyed by metadata name (e.g. {@code token_endpoint}); empty
 *     when not published
 * @param additional every other member, as decoded JSON values
 */
public record OidcConfiguration(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI userinfoEndpoint,
    URI jwksUri,
    URI registrationEndpoint,
    URI introspectionEndpoint,
    URI revocationEndpoint,
    URI endSessionEndpoint,
    URI pushedAuthorizationRequestEndpoint,
    List<String> scopesSupported,
    List<String> responseTypesSupported,
    List<String> grantTypesSupported,
    List<String> tokenEndpointAuthMethodsSupported,
    List<String> codeChallengeMethodsSupported,
    List<String> idTokenSigningAlgValuesSupported,
    Map<String, URI> mtlsEndpointAliases,
    Map<String, Object> additional) {

  /** Copies the collections. */
  public OidcConfiguration {
    scopesSupported = copy(scopesSupported);
    responseTypesSupported = copy(responseTypesSupported);
    grantTypesSupported = copy(grantTypesSupported);
    tokenEndpointAuthMethodsSupported = copy(tokenEndpointAuthMethodsSupported);
    codeChallengeMethodsSupported = copy(codeChallengeMethodsSupported);
    idTokenSigningAlgValuesSupported = copy(idTokenSigningAlgValuesSupported);
    mtlsEndpointAliases = mtlsEndpointAliases == null ? Map.of() : Map.copyOf(mtlsEndpointAliases);
    additional = additional == null ? Map.of() : Map.copyOf(additional);
  }

  /**
   * The endpoint a client that authenticates with mutual TLS (RFC 8705) calls: the alias when the
   * server publishes one, else the plain endpoint.
   *
   * @param name the metadata name, e.g. {@code token_endpoint}
   * @param plain the endpoint without mutual TLS, e.g. {@link #tokenEndpoint()}
   * @return the alias or {@code plain}
   */
  public URI mtlsEndpoint(String name, URI plain) {
    return mtlsEndpointAliases.getOrDefault(name, plain);
  }

  /**
   * Tells whether the server supports a grant type.
   *
   * @param grantType e.g. {@code urn:ietf:params:oauth:grant-type:jwt-bearer}
   * @return true when listed in {@code grant_types_supported}
   */
  public boolean supportsGrantType(String grantType) {
    return grantTypesSupported.contains(grantType);
  }

  private static List<String> copy(List<String> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
