package io.github.fsonboard.core.internal.uri;

import io.github.fsonboard.core.error.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one query and form codec of the SDK: RFC 3986 percent-encoding for query components (PKCE
 * authorization URLs, stored OIDC sessions), {@code application/x-www-form-urlencoded} encoding
 * (client id and secret before HTTP Basic, RFC 6749 §2.3.1), and strict query parsing (redirect
 * callbacks, stored sessions).
 */
public final class UriCodec {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriCodec() {}

  /**
   * Tells whether a character is RFC 3986 unreserved ({@code ALPHA / DIGIT / "-" / "." / "_" /
   * "~"}), the alphabet of PKCE verifiers too (RFC 7636 §4.1).
   *
   * @param c the character
   * @return true when unreserved
   */
  public static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * Percent-encodes every byte outside the unreserved set, so the value survives any query parser.
   *
   * @param s the value
   * @return the encoded value
   */
  public static String encode(String s) {
    return percentEncode(s, false);
  }

  /**
   * Encodes as {@code application/x-www-form-urlencoded} does: a space becomes {@code +}, and every
   * byte but {@code ALPHA / DIGIT / "." / "-" / "*" / "_"} is percent-encoded.
   *
   * @param s the value
   * @return the encoded value; the same instance when nothing needs encoding
   */
  public static String formEncode(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isFormSafe(s.charAt(i))) {
        return percentEncode(s, true);
      }
    }
    return s; // the usual id or secret: nothing to encode, no copy
  }

  private static boolean isFormSafe(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '*'
        || c == '_';
  }

  private static String percentEncode(String s, boolean form) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (b >= 0 && (form ? isFormSafe(c) : isUnreserved(c))) {
        out.append(c);
      } else if (form && c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Parses {@code a=1&b=2}; {@code +} is a space (form encoding, as servers send it). A repeated
   * parameter is refused (RFC 6749 §3.1).
   *
   * @param raw the raw (still encoded) query, or null
   * @param field the field named in errors
   * @return the parameters in order
   * @throws ValidationException naming the field for a repeated parameter or a bad escape
   */
  public static Map<String, String> parseQuery(String raw, String field) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return Collections.unmodifiableMap(params);
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), field);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), field);
      if (params.putIfAbsent(name, value) != null) {
        throw new ValidationException(field, "parameter '" + printable(name) + "' is repeated");
      }
    }
    return Collections.unmodifiableMap(params);
  }

  /**
   * Percent-decodes strictly: {@code +} is a space, an escape must be complete and the bytes UTF-8.
   *
   * @param s the encoded value
   * @param field the field named in errors
   * @return the decoded value
   * @throws ValidationException naming the field for a bad escape or bytes that are not UTF-8
   */
  public static String decode(String s, String field) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new ValidationException(field, "has a truncated percent-escape");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new ValidationException(field, "has an invalid percent-escape");
        }
        bytes.write((hi << 4) | lo);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        // Whole code points: one half of a surrogate pair alone would encode as '?'.
        int cp = s.codePointAt(i);
        byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(enc, 0, enc.length);
        i += Character.charCount(cp) - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ValidationException(field, "is not valid UTF-8 after percent-decoding");
    }
  }

  /**
   * Makes a server-supplied string safe to put in a message or a log line.
   *
   * @param s the string, or null
   * @return the string with control characters replaced and at most 200 characters, or null
   */
  public static String printable(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(Math.min(s.length(), 200));
    for (int i = 0; i < s.length() && out.length() < 200; i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }
}
