package io.github.fsonboard.core.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for logs and exception messages: credential headers, JSON and
 * form fields that carry secrets, PEM private keys, and anything shaped like a JWT.
 *
 * <p>Runs in time linear in the text and never throws: JSON strings, PEM blocks and JWTs are found
 * by hand-written scans, not by backtracking regular expressions (a nested-alternation pattern
 * overflowed the stack on a 2 KB secret value). Should anything still go wrong, the whole text is
 * withheld rather than shown unredacted.
 */
public final class Redactor {
  /** What replaces a secret value. */
  public static final String MASK = "****";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private static final String SECRET_KEYS =
      "password|Password|client_secret|clientSecret|consumerSecret|consumer_secret|access_token|"
          + "accessToken|refresh_token|refreshToken|id_token|assertion|client_assertion|"
          + "code_verifier|registration_access_token|token|secret|private_key|privateKey";

  /** JSON member names whose string value is masked; "authorization" catches a reflected header. */
  private static final Set<String> SECRET_JSON_KEYS =
      Set.of((SECRET_KEYS + "|authorization|Authorization").split("\\|"));

  private static final int LONGEST_KEY =
      SECRET_JSON_KEYS.stream().mapToInt(String::length).max().orElse(0);

  // Any "key=value" whose key is a whole word: form bodies and query strings, but also a form
  // echoed inside a JSON string or a log-style message by an error response. A fixed alternation
  // and one possessive character class: no backtracking.
  private static final Pattern FORM_FIELD =
      Pattern.compile("((?<![A-Za-z0-9_.-])(?:" + SECRET_KEYS + "|code)=)[^&\\s\"]*+");

  private Redactor() {}

  /**
   * Tells whether a header's value must never be shown.
   *
   * @param name the header name
   * @return true for credential headers
   */
  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Redacts a body or any free text.
   *
   * @param text the text, may be null
   * @return the text with secret values replaced by {@link #MASK}
   */
  public static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    try {
      String out = privateKeys(text);
      out = jsonFields(out, "\"");
      out = jsonFields(out, "\\\""); // JSON in a JSON string (APIM's DCR "jsonString")
      out = FORM_FIELD.matcher(out).replaceAll("$1" + MASK);
      return jwts(out);
    } catch (RuntimeException | StackOverflowError e) {
      return "(" + text.length() + " characters withheld: they could not be redacted)";
    }
  }

  /**
   * Redacts the secret query values of a URL.
   *
   * @param url the URL
   * @return the URL with secret query values replaced
   */
  public static String url(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    return url.substring(0, q) + FORM_FIELD.matcher(url.substring(q)).replaceAll("$1" + MASK);
  }

  /** Masks every {@code -----BEGIN ... PRIVATE KEY-----} block after its BEGIN line. */
  private static String privateKeys(String s) {
    int begin = s.indexOf("-----BEGIN ");
    if (begin < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (begin >= 0) {
      int labelStart = begin + "-----BEGIN ".length();
      int labelEnd = labelStart;
      while (labelEnd < s.length()
          && labelEnd - labelStart < 40
          && isLabelChar(s.charAt(labelEnd))) {
        labelEnd++;
      }
      String label = s.substring(labelStart, labelEnd);
      if (!label.endsWith("PRIVATE KEY") || !s.startsWith("-----", labelEnd)) {
        begin = s.indexOf("-----BEGIN ", labelEnd);
        continue;
      }
      int bodyStart = labelEnd + 5;
      out.append(s, from, bodyStart).append(MASK);
      String end = "-----END " + label + "-----";
      int endAt = s.indexOf(end, bodyStart);
      if (endAt < 0) {
        return out.toString(); // no END: everything after BEGIN is key material
      }
      from = endAt + end.length(); // the END line goes with the block
      begin = s.indexOf("-----BEGIN ", from);
    }
    return out.append(s, from, s.length()).toString();
  }

  private static boolean isLabelChar(char c) {
    return (c >= 'A' && c <= 'Z') || c == ' ';
  }

  /**
   * Masks the string value of every secret-named member, where {@code q} is how a quote is written
   * ({@code "} in JSON, {@code \"} in JSON inside a JSON string).
   */
  private static String jsonFields(String s, String q) {
    boolean escaped = q.length() > 1;
    StringBuilder out = null;
    int from = 0;
    int i = s.indexOf(q);
    while (i >= 0) {
      int keyStart = i + q.length();
      int keyEnd = s.indexOf(q, keyStart);
      if (keyEnd < 0) {
        break;
      }
      if (keyEnd - keyStart > LONGEST_KEY
          || !SECRET_JSON_KEYS.contains(s.substring(keyStart, keyEnd))) {
        i = keyEnd; // this closing quote may open the next key: each quote is tried once
        continue;
      }
      int p = skipSpace(s, keyEnd + q.length());
      if (p >= s.length() || s.charAt(p) != ':') {
        i = keyEnd;
        continue;
      }
      p = skipSpace(s, p + 1);
      if (!s.startsWith(q, p)) {
        i = keyEnd;
        continue;
      }
      int valueStart = p + q.length();
      int valueEnd = escaped ? s.indexOf(q, valueStart) : closingQuote(s, valueStart);
      if (valueEnd < 0) {
        valueEnd = s.length(); // unterminated: mask to the end
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, from, valueStart).append(MASK);
      from = valueEnd;
      i = valueEnd >= s.length() ? -1 : s.indexOf(q, valueEnd + q.length());
    }
    if (out == null) {
      return s;
    }
    return out.append(s, from, s.length()).toString();
  }

  /** The index of the quote that ends a JSON string starting at {@code i}, or -1. */
  private static int closingQuote(String s, int i) {
    for (int p = i; p < s.length(); p++) {
      char c = s.charAt(p);
      if (c == '\\') {
        p++;
      } else if (c == '"') {
        return p;
      }
    }
    return -1;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Masks every run of base64url characters and dots that holds {@code eyJ} followed by two dots:
   * one pass over maximal runs, so text like {@code eyJeyJeyJ...} costs no more than its length.
   */
  private static String jwts(String s) {
    StringBuilder out = null;
    int from = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isJwtChar(s.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < n && isJwtChar(s.charAt(i))) {
        i++;
      }
      int start = indexWithin(s, "eyJ", runStart, i);
      if (start < 0 || !looksLikeJwt(s, start, i)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(s, from, start).append("eyJ").append(MASK);
      from = i;
    }
    if (out == null) {
      return s;
    }
    return out.append(s, from, n).toString();
  }

  /** At least 4 characters, a dot, at least 4 characters and a second dot after {@code eyJ}. */
  private static boolean looksLikeJwt(String s, int start, int end) {
    int dot1 = indexWithin(s, ".", start, end);
    if (dot1 < 0 || dot1 - start < 7) {
      return false;
    }
    int dot2 = indexWithin(s, ".", dot1 + 1, end);
    return dot2 >= 0 && dot2 - dot1 > 4;
  }

  /** Like {@link String#indexOf(String, int)}, but never looks at or past {@code end}. */
  private static int indexWithin(String s, String what, int from, int end) {
    for (int p = from; p + what.length() <= end; p++) {
      if (s.startsWith(what, p)) {
        return p;
      }
    }
    return -1;
  }

  private static boolean isJwtChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == '.';
  }
}
