package io.github.fsonboard.apim.fsdcr;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.error.ValidationException;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A software statement assertion (SSA) as the TPP received it from its directory, read (not
 * verified: the server verifies the directory's signature) so the SDK can check a registration
 * request against it before sending.
 *
 * @param jwt the compact SSA exactly as issued (sent unchanged)
 * @param issuer {@code iss}: the directory
 * @param softwareId {@code software_id}: the registration request's {@code iss} must equal it
 * @param jwtId {@code jti}, or null
 * @param expiresAt {@code exp}, or null when the SSA does not expire
 * @param redirectUris {@code software_redirect_uris}: the only redirect URIs a request may use
 * @param roles {@code software_roles}
 * @param jwksEndpoint {@code software_jwks_endpoint}: where the server finds the TPP's signing keys
 * @param claims every claim, for the ones this record does not name
 */
public record SoftwareStatement(
    String jwt,
    String issuer,
    String softwareId,
    String jwtId,
    Instant expiresAt,
    List<String> redirectUris,
    List<String> roles,
    String jwksEndpoint,
    Map<String, Object> claims) {

  /** Copies the collections. */
  public SoftwareStatement {
    redirectUris = List.copyOf(redirectUris);
    roles = List.copyOf(roles);
    claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
  }

  /**
   * Reads a compact SSA.
   *
   * @param jwt the SSA
   * @return its claims
   * @throws ValidationException naming {@code software_statement} when it is not a signed JWT
   */
  public static SoftwareStatement parse(String jwt) {
    if (jwt == null || jwt.isBlank()) {
      throw new ValidationException("software_statement", "is required");
    }
    JWTClaimsSet c;
    try {
      c = SignedJWT.parse(jwt.trim()).getJWTClaimsSet();
    } catch (ParseException | IllegalArgumentException e) {
      throw new ValidationException("software_statement", "is not a signed JWT");
    }
    Map<String, Object> claims = c.getClaims();
    return new SoftwareStatement(
        jwt.trim(),
        c.getIssuer(),
        text(claims.get("software_id")),
        c.getJWTID(),
        c.getExpirationTime() == null ? null : c.getExpirationTime().toInstant(),
        strings(claims.get("software_redirect_uris")),
        strings(claims.get("software_roles")),
        text(claims.get("software_jwks_endpoint")),
        claims);
  }

  /**
   * The SSA's expiry.
   *
   * @return when it expires, empty when it does not
   */
  public Optional<Instant> expiry() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * A claim as text.
   *
   * @param name the claim name
   * @return its value, empty when absent or not a string
   */
  public Optional<String> claim(String name) {
    return Optional.ofNullable(claims.get(name) instanceof String s ? s : null);
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s) {
          out.add(s);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "SoftwareStatement[issuer="
        + issuer
        + ", softwareId="
        + softwareId
        + ", expiresAt="
        + expiresAt
        + ", redirectUris="
        + redirectUris
        + "]";
  }
}
