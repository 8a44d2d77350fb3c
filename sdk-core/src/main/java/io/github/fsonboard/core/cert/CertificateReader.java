package io.github.fsonboard.core.cert;

import io.github.fsonboard.core.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Tolerant certificate parsing: PEM with or without armour, escaped or URL-encoded newlines (as
 * WSO2 stores and forwards certificates), several certificates in a row, and DER. Every failure
 * becomes a {@link ValidationException}; the JDK parser's runtime exceptions on hostile input are
 * caught here on purpose.
 */
final class CertificateReader {
  /** Upper bound on input, so a hostile caller cannot make us decode megabytes. */
  public static final int MAX_INPUT = 1 << 20;

  /** Most PEM blocks looked at in one input. */
  static final int MAX_BLOCKS = 64;

  private static final String BEGIN = "-----BEGIN ";
  private static final String DASHES = "-----";

  private CertificateReader() {}

  /** Parses text: PEM blocks, or a bare base64 body (WSO2's "certificate content"). */
  public static List<X509Certificate> fromText(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new ValidationException(field, "is empty");
    }
    if (text.length() > MAX_INPUT) {
      throw new ValidationException(field, "is larger than " + MAX_INPUT + " characters");
    }
    String normalized = text.replace("\\r", "\n").replace("\\n", "\n");
    boolean urlEncoded =
        normalized.contains("-----BEGIN+")
            || normalized.contains("-----BEGIN%20")
            || (!normalized.contains("-----BEGIN") && normalized.contains("%2"));
    if (urlEncoded) {
      normalized = urlDecode(normalized, field);
    }
    if (normalized.contains("-----BEGIN")) {
      return fromPem(normalized, field);
    }
    return fromDer(decodeBase64(normalized, field), field);
  }

  /**
   * Scans PEM blocks with {@code indexOf} in linear time (a regex over hostile input with many
   * unterminated markers is quadratic) and caps the number of blocks.
   */
  private static List<X509Certificate> fromPem(String text, String field) {
    List<X509Certificate> out = new ArrayList<>();
    int pos = 0;
    int blocks = 0;
    while (true) {
      int begin = text.indexOf(BEGIN, pos);
      if (begin < 0) {
        break;
      }
      if (++blocks > MAX_BLOCKS) {
        throw new ValidationException(field, "has more than " + MAX_BLOCKS + " PEM blocks");
      }
      int labelStart = begin + BEGIN.length();
      int labelEnd = text.indexOf(DASHES, labelStart);
      if (labelEnd < 0) {
        break;
      }
      String label = text.substring(labelStart, labelEnd);
      if (label.length() > 40 || label.contains("\n")) {
        pos = labelStart;
        continue;
      }
      if (label.contains("PRIVATE KEY")) {
        throw new ValidationException(
            field, "contains a private key; only certificates may be given here");
      }
      String endMarker = "-----END " + label + DASHES;
      int end = text.indexOf(endMarker, labelEnd + DASHES.length());
      if (end < 0) {
        break;
      }
      if (label.equals("CERTIFICATE") || label.equals("X509 CERTIFICATE")) {
        String body = text.substring(labelEnd + DASHES.length(), end);
        out.addAll(fromDer(decodeBase64(stripHeaders(body), field), field));
      }
      pos = end + endMarker.length();
    }
    if (out.isEmpty()) {
      throw new ValidationException(field, "has no complete PEM CERTIFICATE block");
    }
    return List.copyOf(out);
  }

  /** Drops RFC 1421 header lines such as {@code Proc-Type:} that some tools still emit. */
  private static String stripHeaders(String body) {
    StringBuilder sb = new StringBuilder(body.length());
    for (String line : body.split("\n")) {
      if (!line.contains(":")) {
        sb.append(line);
      }
    }
    return sb.toString();
  }

  /** Parses DER, or PEM/base64 text given as bytes. */
  public static List<X509Certificate> fromBytes(byte[] bytes, String field) {
    if (bytes == null || bytes.length == 0) {
      throw new ValidationException(field, "is empty");
    }
    if (bytes.length > MAX_INPUT) {
      throw new ValidationException(field, "is larger than " + MAX_INPUT + " bytes");
    }
    if ((bytes[0] & 0xff) == 0x30) {
      return fromDer(bytes, field);
    }
    return fromText(new String(bytes, StandardCharsets.ISO_8859_1), field);
  }

  /** Decodes one certificate per {@code x5c} entry (standard base64, RFC 7517 §4.7). */
  public static List<X509Certificate> fromX5c(List<String> x5c, String field) {
    if (x5c == null || x5c.isEmpty()) {
      throw new ValidationException(field, "is empty");
    }
    List<X509Certificate> out = new ArrayList<>();
    for (int i = 0; i < x5c.size(); i++) {
      String entry = x5c.get(i);
      String f = field + "[" + i + "]";
      if (entry == null) {
        throw new ValidationException(f, "is null");
      }
      List<X509Certificate> one = fromDer(decodeBase64(entry, f), f);
      if (one.size() != 1) {
        throw new ValidationException(f, "must hold exactly one certificate");
      }
      out.add(one.get(0));
    }
    return List.copyOf(out);
  }

  public static List<X509Certificate> fromDer(byte[] der, String field) {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : cf.generateCertificates(new ByteArrayInputStream(der))) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new ValidationException(field, "holds no certificate");
      }
      return List.copyOf(out);
    } catch (CertificateException e) {
      throw new ValidationException(field, "is not a valid X.509 certificate: " + reason(e));
    } catch (ValidationException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // The JDK's DER parser throws assorted runtime exceptions on hostile input, and recurses
      // once per nesting level: deeply nested DER overflows the stack. Both mean "malformed".
      throw new ValidationException(field, "is not a valid X.509 certificate (malformed DER)");
    }
  }

  private static byte[] decodeBase64(String text, String field) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(c == '-' ? '+' : c == '_' ? '/' : c);
      }
    }
    String s = sb.toString();
    if (s.isEmpty()) {
      throw new ValidationException(field, "has an empty base64 body");
    }
    try {
      return Base64.getMimeDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(field, "is neither PEM nor base64 DER");
    }
  }

  private static String urlDecode(String text, String field) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(field, "has broken URL encoding");
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    return m.length() > 200 ? m.substring(0, 200) : m;
  }
}
