package io.github.fsonboard.is.discovery;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.is.internal.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Maps a discovery document to {@link OidcConfiguration}. */
final class DiscoveryMapper {
  private static final Set<String> KNOWN =
      Set.of(
          "issuer",
          "authorization_endpoint",
          "token_endpoint",
          "userinfo_endpoint",
          "jwks_uri",
          "registration_endpoint",
          "introspection_endpoint",
          "revocation_endpoint",
          "end_session_endpoint",
          "pushed_authorization_request_endpoint",
          "scopes_supported",
          "response_types_supported",
          "grant_types_supported",
          "token_endpoint_auth_methods_supported",
          "code_challenge_methods_supported",
          "id_token_signing_alg_values_supported",
          "mtls_endpoint_aliases");

  private DiscoveryMapper() {}

  /**
   * Maps the document.
   *
   * @param json the decoded document
   * @return the configuration
   */
  static OidcConfiguration map(Map<String, Object> json) {
    if (Json.str(json, "issuer") == null) {
      // REQUIRED by OpenID Connect Discovery 1.0 §3; without it this is not a discovery document.
      throw new io.github.fsonboard.core.error.FsOnboardException(
          "Discovery document has no \"issuer\"");
    }
    return new OidcConfiguration(
        Json.str(json, "issuer"),
        uri(json, "authorization_endpoint"),
        uri(json, "token_endpoint"),
        uri(json, "userinfo_endpoint"),
        uri(json, "jwks_uri"),
        uri(json, "registration_endpoint"),
        uri(json, "introspection_endpoint"),
        uri(json, "revocation_endpoint"),
        uri(json, "end_session_endpoint"),
        uri(json, "pushed_authorization_request_endpoint"),
        Json.strings(json, "scopes_supported"),
        Json.strings(json, "response_types_supported"),
        Json.strings(json, "grant_types_supported"),
        Json.strings(json, "token_endpoint_auth_methods_supported"),
        Json.strings(json, "code_challenge_methods_supported"),
        Json.strings(json, "id_token_signing_alg_values_supported"),
        aliases(json),
        Json.rest(json, KNOWN));
  }

  /** RFC 8705 §5: an object of endpoint names to URLs; members that are not strings are ignored. */
  private static Map<String, URI> aliases(Map<String, Object> json) {
    Map<String, URI> out = new LinkedHashMap<>();
    if (json.get("mtls_endpoint_aliases") instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getKey() instanceof String name && e.getValue() instanceof String) {
          @SuppressWarnings("unchecked")
          Map<String, Object> members = (Map<String, Object>) m;
          URI u = uri(members, name);
          if (u != null) {
            out.put(name, u);
          }
        }
      }
    }
    return out;
  }

  private static URI uri(Map<String, Object> json, String key) {
    String s = Json.str(json, key);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return new URI(s.trim());
    } catch (URISyntaxException e) {
      throw new FsOnboardException("Discovery document has an invalid " + key + ": " + s, e);
    }
  }
}
