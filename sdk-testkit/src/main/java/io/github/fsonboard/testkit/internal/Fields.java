package io.github.fsonboard.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small typed accessors over parsed JSON maps. */
public final class Fields {
  private Fields() {}

  /**
   * A string field.
   *
   * @param map the object
   * @param key the key
   * @return the value if it is a string, else null
   */
  public static String str(Map<String, Object> map, String key) {
    Object v = map == null ? null : map.get(key);
    return v instanceof String s ? s : null;
  }

  /**
   * A non-blank string field.
   *
   * @param map the object
   * @param key the key
   * @return whether present and not blank
   */
  public static boolean has(Map<String, Object> map, String key) {
    String s = str(map, key);
    return s != null && !s.isBlank();
  }

  /**
   * A list-of-strings field.
   *
   * @param map the object
   * @param key the key
   * @return the strings (empty if absent or not a list)
   */
  public static List<String> strings(Map<String, Object> map, String key) {
    Object v = map == null ? null : map.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (o != null) {
          out.add(String.valueOf(o));
        }
      }
    }
    return out;
  }

  /**
   * An object field.
   *
   * @param map the object
   * @param key the key
   * @return a mutable copy of the nested object, or an empty map
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> obj(Map<String, Object> map, String key) {
    Object v = map == null ? null : map.get(key);
    return v instanceof Map<?, ?> m
        ? new LinkedHashMap<>((Map<String, Object>) m)
        : new LinkedHashMap<>();
  }

  /**
   * Deep-copies a JSON value so stored state never aliases a response or request.
   *
   * @param value the value
   * @return the copy
   */
  @SuppressWarnings("unchecked")
  public static <T> T copy(T value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return (T) out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return (T) out;
    }
    return value;
  }

  /**
   * Drops null-valued object members recursively, as APIM's REST APIs serialise (Jackson NON_NULL).
   *
   * @param value the value
   * @return a copy without null members
   */
  @SuppressWarnings("unchecked")
  public static <T> T withoutNulls(T value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach(
          (k, v) -> {
            if (v != null) {
              out.put(String.valueOf(k), withoutNulls(v));
            }
          });
      return (T) out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(withoutNulls(v)));
      return (T) out;
    }
    return value;
  }

  /**
   * Builds an ordered map from key/value pairs.
   *
   * @param kv alternating keys and values
   * @return the map
   */
  public static Map<String, Object> map(Object... kv) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put((String) kv[i], kv[i + 1]);
    }
    return out;
  }
}
