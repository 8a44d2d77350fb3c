package io.github.fsonboard.is.jwks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One public key of a JWK set (RFC 7517 §4), with the members used to pick and check keys.
 *
 * @param keyId {@code kid}
 * @param keyType {@code kty}, e.g. {@code RSA}
 * @param algorithm {@code alg}, or null
 * @param use {@code use}, e.g. {@code sig}, or null
 * @param thumbprintSha256 {@code x5t#S256}, or null. WSO2 IS may publish the base64url of the
 *     <em>hex</em> SHA-256 string instead of the raw digest; compare with both forms
 * @param certificateChain {@code x5c} (base64 DER, leaf first); empty when not published
 * @param members every member of the key, as decoded JSON values
 */
public record JsonWebKeyInfo(
    String keyId,
    String keyType,
    String algorithm,
    String use,
    String thumbprintSha256,
    List<String> certificateChain,
    Map<String, Object> members) {

  /** Copies the collections. */
  public JsonWebKeyInfo {
    certificateChain = certificateChain == null ? List.of() : List.copyOf(certificateChain);
    members = members == null ? Map.of() : Map.copyOf(members);
  }

  /**
   * Returns a member by name.
   *
   * @param name e.g. {@code n}, {@code e}, {@code crv}
   * @return the value, if present
   */
  public Optional<Object> member(String name) {
    return Optional.ofNullable(members.get(name));
  }
}
