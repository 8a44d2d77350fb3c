package io.github.fsonboard.core.pkce;

import io.github.fsonboard.core.error.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 3986 percent-encoding for query components, and strict query parsing. */
final class UriCodec {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriCodec() {}

  /** Encodes every byte outside the unreserved set, so the value survives any query parser. */
  static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (b >= 0 && CodeVerifier.isUnreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Parses {@code a=1&b=2}; {@code +} is a space (form encoding, as servers send it). A repeated
   * parameter is refused (RFC 6749 §3.1).
   */
  static Map<String, String> parseQuery(String raw, String field) {
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

  static String decode(String s, String field) {
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
        byte[] enc = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(enc, 0, enc.length);
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

  /** Makes a server-supplied string safe to put in a message or a log line. */
  static String printable(String s) {
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
