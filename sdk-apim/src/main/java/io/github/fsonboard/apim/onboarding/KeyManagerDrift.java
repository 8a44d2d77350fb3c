package io.github.fsonboard.apim.onboarding;

import com.squareup.moshi.JsonAdapter;
import io.github.fsonboard.apim.admin.FsKeyManagerConnector;
import io.github.fsonboard.apim.admin.KeyManager;
import io.github.fsonboard.core.internal.http.MoshiFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a desired key manager with the server's copy, field by field, and merges them for a PUT.
 * Works on the JSON form so that every field (and unknown server fields) is handled alike. Only
 * fields the desired key manager sets are compared: the server fills defaults the caller never
 * asked for. Masked secrets ({@code "*****"}) cannot be compared and count as unchanged unless the
 * caller forces them.
 */
final class KeyManagerDrift {
  private static final String ADDITIONAL = "additionalProperties";
  private static final List<String> SET_LIKE =
      List.of("availableGrantTypes", "allowedOrganizations");
  private static final List<String> SECRETS = List.of(FsKeyManagerConnector.PASSWORD);

  private KeyManagerDrift() {}

  /**
   * Names the fields of {@code actual} that differ from {@code desired}.
   *
   * @param desired what the caller wants
   * @param actual what the server has
   * @param forceSecrets report masked secrets as changed
   * @return field names such as {@code tokenEndpoint} or {@code additionalProperties.Username}
   */
  public static List<String> changedFields(
      KeyManager desired, KeyManager actual, boolean forceSecrets) {
    Map<String, Object> want = json(desired);
    Map<String, Object> have = json(actual);
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Object> e : want.entrySet()) {
      String field = e.getKey();
      Object value = e.getValue();
      if (unset(field, value)) {
        continue;
      }
      if (field.equals(ADDITIONAL) && value instanceof Map<?, ?> props) {
        Map<?, ?> actualProps = have.get(ADDITIONAL) instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<?, ?> p : props.entrySet()) {
          String key = String.valueOf(p.getKey());
          Object current = actualProps.get(key);
          boolean secret = SECRETS.contains(key) || isMasked(current);
          if (secret && forceSecrets) {
            changed.add(ADDITIONAL + "." + key);
          } else if (!isMasked(current) && !same(p.getValue(), current)) {
            changed.add(ADDITIONAL + "." + key);
          }
        }
      } else if (SET_LIKE.contains(field)) {
        if (!sameSet(value, have.get(field))) {
          changed.add(field);
        }
      } else if (!same(value, have.get(field))) {
        changed.add(field);
      }
    }
    return changed;
  }

  /**
   * The server's key manager with every field the desired one sets laid over it (connector
   * properties merged key by key), ready for a whole-object PUT.
   *
   * @param actual the server's copy (its id is kept)
   * @param desired what the caller wants
   * @return the merged key manager
   */
  public static KeyManager merge(KeyManager actual, KeyManager desired) {
    Map<String, Object> merged = json(actual);
    for (Map.Entry<String, Object> e : json(desired).entrySet()) {
      if (unset(e.getKey(), e.getValue())) {
        continue;
      }
      if (e.getKey().equals(ADDITIONAL) && e.getValue() instanceof Map<?, ?> props) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (merged.get(ADDITIONAL) instanceof Map<?, ?> old) {
          old.forEach((k, v) -> p.put(String.valueOf(k), v));
        }
        props.forEach((k, v) -> p.put(String.valueOf(k), v));
        merged.put(ADDITIONAL, p);
      } else {
        merged.put(e.getKey(), e.getValue());
      }
    }
    KeyManager km = adapter().fromJsonValue(merged);
    return Objects.requireNonNull(km, "merged key manager").toBuilder().id(actual.id()).build();
  }

  /**
   * Fields the desired side has no opinion on: the id, nulls and empty lists (servers fill default
   * claim mappings and the like; an empty list asks for nothing).
   */
  private static boolean unset(String field, Object value) {
    return field.equals("id") || value == null || value instanceof List<?> l && l.isEmpty();
  }

  private static boolean isMasked(Object value) {
    return value instanceof String s && !s.isEmpty() && s.chars().allMatch(c -> c == '*');
  }

  /** Deep comparison where the desired side is a pattern: maps need only the desired keys. */
  static boolean same(Object want, Object have) {
    if (want == null) {
      return true;
    }
    if (want instanceof Map<?, ?> w) {
      if (!(have instanceof Map<?, ?> h)) {
        return w.isEmpty() && have == null;
      }
      // Nested ids (e.g. of token validation entries) are assigned by the server.
      return w.entrySet().stream()
          .allMatch(e -> "id".equals(e.getKey()) || same(e.getValue(), h.get(e.getKey())));
    }
    if (want instanceof List<?> w) {
      if (have == null) {
        return w.isEmpty();
      }
      if (!(have instanceof List<?> h) || h.size() != w.size()) {
        return false;
      }
      for (int i = 0; i < w.size(); i++) {
        if (!same(w.get(i), h.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (have == null) {
      return false;
    }
    if (want instanceof Number a && have instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    // JSON booleans and strings mix on real servers ("true" vs true).
    return String.valueOf(want).equals(String.valueOf(have));
  }

  private static boolean sameSet(Object want, Object have) {
    List<?> w = want instanceof List<?> l ? l : List.of();
    List<?> h = have instanceof List<?> l ? l : List.of();
    return new HashSet<>(w).equals(new HashSet<>(h));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(KeyManager km) {
    Object v = adapter().toJsonValue(km);
    return v instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
  }

  private static JsonAdapter<KeyManager> adapter() {
    return MoshiFactory.moshi().adapter(KeyManager.class);
  }
}
