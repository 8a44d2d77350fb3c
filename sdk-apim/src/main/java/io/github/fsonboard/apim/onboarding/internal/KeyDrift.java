package io.github.fsonboard.apim.onboarding.internal;

import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.FsApplicationProperties;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyUpdateRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the keys a TPP asks for with an existing key mapping: grant types (as a set), callback
 * URL and the application properties the request sets (the server may hold more).
 */
public final class KeyDrift {
  private KeyDrift() {}

  /**
   * Names what differs.
   *
   * @param want the keys asked for
   * @param have the existing key mapping
   * @return {@code grantTypes}, {@code callbackUrl}, {@code additionalProperties.<name>}
   */
  public static List<String> changedFields(KeyGenerationRequest want, ApplicationKey have) {
    List<String> changed = new ArrayList<>();
    if (!new HashSet<>(want.grantTypesToBeSupported())
        .equals(new HashSet<>(orEmpty(have.supportedGrantTypes())))) {
      changed.add("grantTypes");
    }
    if (!norm(want.callbackUrl()).equals(norm(have.callbackUrl()))) {
      changed.add("callbackUrl");
    }
    Map<String, Object> props =
        have.additionalProperties() == null ? Map.of() : have.additionalProperties();
    for (Map.Entry<String, String> e : want.additionalProperties().entrySet()) {
      Object current = props.get(e.getKey());
      boolean same =
          FsApplicationProperties.SP_CERTIFICATE.equals(e.getKey())
              ? squash(e.getValue()).equals(squash(current == null ? null : current.toString()))
              : current != null && e.getValue().equals(text(current));
      if (!same) {
        changed.add("additionalProperties." + e.getKey());
      }
    }
    return changed;
  }

  /**
   * The oauth-keys PUT that brings the mapping to what was asked (server properties the request
   * does not set are kept).
   *
   * @param want the keys asked for
   * @param have the existing key mapping
   * @return the update request
   */
  public static KeyUpdateRequest update(KeyGenerationRequest want, ApplicationKey have) {
    Map<String, Object> props = new LinkedHashMap<>();
    if (have.additionalProperties() != null) {
      props.putAll(have.additionalProperties());
    }
    props.putAll(want.additionalProperties());
    return new KeyUpdateRequest(
        have.keyMappingId(),
        have.keyManager(),
        have.keyType(),
        want.grantTypesToBeSupported(),
        want.callbackUrl(),
        props);
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }

  /**
   * The SDK sends every property as a string; a server that stores "3600" and answers with the JSON
   * number 3600 (decoded as 3600.0) or the boolean true must not look like drift.
   */
  private static String text(Object value) {
    if (value instanceof Double d && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  private static String norm(String s) {
    return s == null ? "" : s.trim();
  }

  /** The certificate's base64 body: servers may drop the PEM armour or re-wrap the lines. */
  private static String squash(String s) {
    return s == null ? "" : s.replaceAll("-----(BEGIN|END) CERTIFICATE-----|\\s+", "");
  }
}
