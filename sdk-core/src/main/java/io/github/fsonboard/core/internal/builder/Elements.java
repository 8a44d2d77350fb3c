package io.github.fsonboard.core.internal.builder;

import io.github.fsonboard.core.error.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * List settings of builders and value types. A setter keeps what it is given, null elements
 * included, and the {@code build()} (or the record's own checks) names each null element in the one
 * {@link io.github.fsonboard.core.error.ValidationException}: a setter never throws a {@link
 * NullPointerException} for a list, as {@link List#of} would.
 */
public final class Elements {
  private Elements() {}

  /**
   * What a varargs setter keeps: a copy, so that the caller's array can change afterwards.
   *
   * @param values the setter's arguments; null elements are kept for {@link #requireNoNull}
   * @param <T> the element type
   * @return a modifiable copy, or {@code null} for a {@code null} array (the setting is unset, as a
   *     {@code null} list is)
   */
  @SafeVarargs
  public static <T> List<T> of(T... values) {
    if (values == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(value);
    }
    return copy;
  }

  /**
   * What a setter that adds to a list does: the values join it, null elements included, and a
   * {@code null} array or collection joins as one {@code null}, so that {@link #requireNoNull}
   * names it at {@code build()} (there is no earlier value to leave unset).
   *
   * @param target the builder's collection
   * @param values the setter's arguments, or null
   * @param <T> the element type
   */
  public static <T> void addAll(Collection<T> target, Collection<? extends T> values) {
    if (values == null) {
      target.add(null);
    } else {
      target.addAll(values);
    }
  }

  /**
   * What a value type keeps once {@link #requireNoNull} has reported the null elements: its checks
   * can go on over the other elements before they throw.
   *
   * @param values the list, or null
   * @param <T> the element type
   * @return an unmodifiable copy of the elements that are not null; empty for {@code null}
   */
  public static <T> List<T> copyOfNonNull(Collection<? extends T> values) {
    List<T> kept = new ArrayList<>();
    if (values != null) {
      values.stream().filter(Objects::nonNull).forEach(kept::add);
    }
    return List.copyOf(kept);
  }

  /**
   * Adds one problem naming where a list holds {@code null}, e.g. {@code grant_types: must not
   * contain null (index 1)}.
   *
   * @param v the checks of this build
   * @param field the setting, named as the surrounding checks name it
   * @param values the list, or null (nothing to check)
   */
  public static void requireNoNull(Validation v, String field, Collection<?> values) {
    if (values == null) {
      return;
    }
    StringJoiner at = new StringJoiner(", ", "must not contain null (index ", ")");
    int i = 0;
    boolean found = false;
    for (Object value : values) {
      if (value == null) {
        at.add(Integer.toString(i));
        found = true;
      }
      i++;
    }
    v.require(!found, field, at.toString());
  }
}
