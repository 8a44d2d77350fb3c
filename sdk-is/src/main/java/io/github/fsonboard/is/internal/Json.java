package io.github.fsonboard.is.internal;

import io.github.fsonboard.core.internal.json.JsonNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lenient readers for JSON objects decoded as maps, so that servers that differ in shape (WSO2 vs.
 * Keycloak: a string or an array, a number or a numeric string) map to the same records.
 */
public final class Json {
  private Json() {}

  /**
   * Reads a string member.
   *
   * @param json the object
   * @param key the member
   * @return the value as text (numbers without a fraction as integers), or null
   */
  public static String str(Map<String, ?> json, String key) {
    Object v = json == null ? null : json.get(key);
    if (v == null || v instanceof Map<?, ?> || v instanceof List<?>) {
      return null;
    }
    return JsonNumbers.text(v);
  }

  /**
   * Reads a boolean member given as a JSON boolean or as {@code "true"}/{@code "false"}.
   *
   * @param json the object
   * @param key the member
   * @return the value, or null
   */
  public static Boolean bool(Map<String, ?> json, String key) {
    Object v = json == null ? null : json.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    return null;
  }

  /**
   * Reads a number member given as a JSON number or a numeric string.
   *
   * @param json the object
   * @param key the member
   * @return the value, or null
   */
  public static Long number(Map<String, ?> json, String key) {
    Object v = json == null ? null : json.get(key);
    return JsonNumbers.asLong(v);
  }

  /**
   * Reads an epoch-seconds member.
   *
   * @param json the object
   * @param key the member
   * @return the instant, or null
   */
  public static Instant epochSeconds(Map<String, ?> json, String key) {
    Long n = number(json, key);
    return n == null ? null : Instant.ofEpochSecond(n);
  }

  /**
   * Reads a member that may be one string or an array of strings.
   *
   * @param json the object
   * @param key the member
   * @return the values; empty when absent
   */
  public static List<String> strings(Map<String, ?> json, String key) {
    Object v = json == null ? null : json.get(key);
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object o : list) {
        if (o != null && !(o instanceof Map<?, ?>) && !(o instanceof List<?>)) {
          out.add(o.toString());
        }
      }
      return List.copyOf(out);
    }
    if (v instanceof String s) {
      return List.of(s);
    }
    return List.of();
  }

  /**
   * Reads a space-separated member (OAuth {@code scope}) into a set.
   *
   * @param json the object
   * @param key the member
   * @return the values in order; empty when absent
   */
  public static Set<String> spaceSeparated(Map<String, ?> json, String key) {
    String s = str(json, key);
    if (s == null || s.isBlank()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(s.trim().split("\\s+"))));
  }

  /**
   * Reads a nested object.
   *
   * @param json the object
   * @param key the member
   * @return the nested object, or an empty map
   */
  public static Map<String, Object> object(Map<String, ?> json, String key) {
    Object v = json == null ? null : json.get(key);
    return v instanceof Map<?, ?> m ? cast(m) : Map.of();
  }

  /**
   * Reads an array of objects.
   *
   * @param json the object
   * @param key the member
   * @return the objects; empty when absent
   */
  public static List<Map<String, Object>> objects(Map<String, ?> json, String key) {
    Object v = json == null ? null : json.get(key);
    List<Map<String, Object>> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          out.add(cast(m));
        }
      }
    }
    return out;
  }

  /**
   * Returns the members other than {@code known}, with nulls dropped.
   *
   * @param json the object
   * @param known the members mapped to typed fields
   * @return an unmodifiable copy of the rest
   */
  public static Map<String, Object> rest(Map<String, ?> json, Set<String> known) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (json != null) {
      json.forEach(
          (k, v) -> {
            if (!known.contains(k) && v != null) {
              out.put(k, v);
            }
          });
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Views a decoded map with string keys.
   *
   * @param m the map
   * @return the same map, typed
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
