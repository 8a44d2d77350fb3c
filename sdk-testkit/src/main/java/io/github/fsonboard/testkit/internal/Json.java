package io.github.fsonboard.testkit.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.fsonboard.core.internal.json.JsonNumbers;
import java.text.ParseException;
import java.util.Collection;
import java.util.Map;

/**
 * JSON for the emulator. Parsing uses nimbus (already needed for JWTs); writing is done here so
 * that nulls are kept and key order follows the stored maps, like WSO2's Jackson output.
 */
public final class Json {
  private Json() {}

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return the object as an insertion-ordered map
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public static Map<String, Object> parseObject(String text) {
    try {
      return JSONObjectUtils.parse(text);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("Malformed JSON body", e);
    }
  }

  /**
   * Writes maps, lists, strings, numbers, booleans and nulls as JSON.
   *
   * @param value the value
   * @return its JSON text
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Number) {
      out.append(JsonNumbers.text(value)); // the SDK's one number rule: 3600, never 3600.0
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      quote(value.toString(), out);
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
