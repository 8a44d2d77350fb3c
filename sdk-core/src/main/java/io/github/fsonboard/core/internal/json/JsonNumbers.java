package io.github.fsonboard.core.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON number rule of the SDK and the emulator: an integral JSON number is a {@code long}
 * wherever a value is handed on or sent back; a fraction stays a fraction.
 *
 * <p>Why: WSO2 reads numbers back with {@code Long.parseLong} (the FS key manager's lifetimes), so
 * {@code 3600} must never travel as {@code 3600.0}, and an epoch such as {@code 1796291314} must
 * never print as {@code 1.796291314E9}. JSON parsers that read every number as a double (Moshi's
 * default) lose that; this class restores it in one place.
 *
 * <ul>
 *   <li>A literal without fraction or exponent that fits a {@code long} is a {@link Long}, exactly,
 *       even beyond 2^53 ({@link #parse(String)}).
 *   <li>A decoded double whose value is integral and within ±2^53 (where every integer is exact) is
 *       a {@link Long} ({@link #normalize(Object)}); larger doubles are no longer exact integers
 *       and stay doubles.
 *   <li>Text is never in exponent form ({@link #text(Object)}).
 * </ul>
 */
public final class JsonNumbers {
  /** 2^53: every integer of at most this magnitude is exact in a double. */
  static final double EXACT_LIMIT = 9007199254740992d;

  private JsonNumbers() {}

  /**
   * Reads a JSON number literal.
   *
   * @param literal the number as written in the JSON text
   * @return a {@link Long} for an integral literal that fits, else a {@link Double} (normalized)
   * @throws NumberFormatException when the text is not a number
   */
  public static Number parse(String literal) {
    String s = literal.trim();
    if (isIntegerLiteral(s)) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException tooBig) {
        // beyond a long: fall through to a double
      }
    }
    return (Number) normalize(Double.parseDouble(s));
  }

  /**
   * Applies the rule to a decoded value: an integral double within ±2^53 becomes a {@link Long};
   * maps and lists are copied with the rule applied to their members; anything else is returned as
   * is.
   *
   * @param value a decoded JSON value
   * @return the value under the rule
   */
  public static Object normalize(Object value) {
    if (value instanceof Double d || value instanceof Float) {
      double v = ((Number) value).doubleValue();
      if (Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) <= EXACT_LIMIT) {
        return (long) v;
      }
      return value instanceof Float f ? (Object) f.doubleValue() : value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(v -> out.add(normalize(v)));
      return out;
    }
    return value;
  }

  /**
   * The text of a scalar JSON value: integral numbers as integers ({@code "3600"}), fractions in
   * plain decimal ({@code "1.5"}), never an exponent; other values by {@code toString}.
   *
   * @param value a decoded JSON value, or null
   * @return its text, or null for null
   */
  public static String text(Object value) {
    Object v = normalize(value);
    if (v instanceof Double d) {
      return Double.isFinite(d)
          ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
          : "" + d;
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v == null ? null : v.toString();
  }

  /**
   * A JSON number or a numeric string as a {@code long}.
   *
   * @param value a decoded JSON value
   * @return the integral value, or null when it is absent, a fraction or not a number
   */
  public static Long asLong(Object value) {
    Object v = value instanceof String s && isIntegerLiteral(s.trim()) ? parse(s) : value;
    v = normalize(v);
    return v instanceof Long l ? l : null;
  }

  /**
   * Whether the text is an optional minus and 1 to 19 ASCII digits. A loop, not a regular
   * expression: this runs for every number of every untyped JSON body.
   */
  private static boolean isIntegerLiteral(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    int digits = s.length() - start;
    if (digits < 1 || digits > 19) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
