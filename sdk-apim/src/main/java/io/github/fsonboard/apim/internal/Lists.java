package io.github.fsonboard.apim.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-preserving immutable copies: null stays null so that Moshi omits the field. */
public final class Lists {
  private Lists() {}

  /**
   * Copies a list, keeping null elements.
   *
   * @param list the list, or null
   * @param <T> the element type
   * @return an unmodifiable copy, or null
   */
  public static <T> List<T> copy(Collection<? extends T> list) {
    if (list == null) {
      return null;
    }
    // Most lists in WSO2 answers are empty: share one immutable instance instead of a copy.
    return list.isEmpty()
        ? Collections.emptyList()
        : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Copies a map, keeping insertion order and null values.
   *
   * @param map the map, or null
   * @param <V> the value type
   * @return an unmodifiable copy, or null
   */
  public static <V> Map<String, V> copy(Map<String, ? extends V> map) {
    if (map == null) {
      return null;
    }
    return map.isEmpty()
        ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
