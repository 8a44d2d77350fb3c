package io.github.fsonboard.is.introspection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an RFC 7662 introspection endpoint said about a token. An inactive, unknown, expired or
 * revoked token gives {@code active == false} and nothing else. {@code aud} is a list whether the
 * server sent a string (WSO2 IS for one audience) or an array.
 *
 * @param active whether the token is active
 * @param scopes {@code scope}, split on spaces
 * @param clientId {@code client_id}
 * @param username {@code username}
 * @param tokenType {@code token_type}
 * @param expiresAt {@code exp}
 * @param issuedAt {@code iat}
 * @param notBefore {@code nbf}
 * @param subject {@code sub}
 * @param audience {@code aud}
 * @param issuer {@code iss}
 * @param jwtId {@code jti}
 * @param certificateThumbprint {@code cnf.x5t#S256} (RFC 8705 §3.2), or null when the token is not
 *     certificate-bound
 * @param additional every other member, as decoded JSON values
 */
public record IntrospectionResult(
    boolean active,
    Set<String> scopes,
    String clientId,
    String username,
    String tokenType,
    Instant expiresAt,
    Instant issuedAt,
    Instant notBefore,
    String subject,
    List<String> audience,
    String issuer,
    String jwtId,
    String certificateThumbprint,
    Map<String, Object> additional) {

  /** Copies the collections. */
  public IntrospectionResult {
    scopes =
        scopes == null
            ? Set.of()
            : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
    audience = audience == null ? List.of() : List.copyOf(audience);
    additional = additional == null ? Map.of() : Map.copyOf(additional);
  }

  /**
   * Tells whether the token carries a scope.
   *
   * @param scope the scope
   * @return true when granted
   */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }
}
