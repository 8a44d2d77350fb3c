package io.github.fsonboard.is.jwks;

import java.util.List;
import java.util.Optional;

/**
 * A JWK set as published by a server (RFC 7517 §5). {@link #json()} keeps the document for JOSE
 * libraries (e.g. nimbus {@code JWKSet.parse}).
 *
 * @param keys the keys, in document order
 * @param json the document as received
 */
public record JsonWebKeySet(List<JsonWebKeyInfo> keys, String json) {

  /** Copies the list. */
  public JsonWebKeySet {
    keys = keys == null ? List.of() : List.copyOf(keys);
  }

  /**
   * Finds a key by {@code kid}.
   *
   * @param keyId the key id
   * @return the key, if present
   */
  public Optional<JsonWebKeyInfo> findByKeyId(String keyId) {
    return keys.stream().filter(k -> keyId != null && keyId.equals(k.keyId())).findFirst();
  }

  @Override
  public String toString() {
    return "JsonWebKeySet" + keys.stream().map(JsonWebKeyInfo::keyId).toList();
  }
}
