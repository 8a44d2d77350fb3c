package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyUpdateRequest;
import io.github.fsonboard.apim.internal.KeyProperties;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the keys a TPP asks for with an existing key mapping: grant types (as a set), callback
 * URL and the application properties the request sets (the server may hold more).
 */
final class KeyDrift {
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
      // A key the listing does not show is one the server drops (KM7 buildDTOFromClientInfo
      // rebuilds the map from what it knows): sending it again would never converge.
      if (!props.isEmpty() && !props.containsKey(e.getKey()) && !lifetime(e.getKey())) {
        continue;
      }
      if (!KeyProperties.same(e.getKey(), e.getValue(), props.get(e.getKey()))) {
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

  private static boolean lifetime(String key) {
    return KeyProperties.LIFETIMES.contains(key);
  }

  private static String norm(String s) {
    return s == null ? "" : s.trim();
  }
}
