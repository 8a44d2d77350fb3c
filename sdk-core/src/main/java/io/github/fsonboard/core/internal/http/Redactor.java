package io.github.fsonboard.core.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for logs and exception messages: credential headers, JSON and
 * form fields that carry secrets, PEM private keys, and anything shaped like a JWT.
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

  private static final Pattern JSON_FIELD =
      Pattern.compile("(\"(?:" + SECRET_KEYS + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  // Inside JSON-in-a-string (APIM's DCR "jsonString"), quotes are escaped.
  private static final Pattern ESCAPED_JSON_FIELD =
      Pattern.compile(
          "(\\\\\"(?:" + SECRET_KEYS + ")\\\\\"\\s*:\\s*)\\\\\"(?:[^\\\\]|\\\\[^\"])*\\\\\"");
  // Any "key=value" whose key is a whole word: form bodies and query strings, but also a form
  // echoed inside a JSON string or a log-style message by an error response.
  private static final Pattern FORM_FIELD =
      Pattern.compile("((?<![A-Za-z0-9_.-])(?:" + SECRET_KEYS + "|code)=)[^&\\s\"]*");
  private static final Pattern PRIVATE_KEY =
      Pattern.compile(
          "-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\\s\\S]*?(-----END \\1PRIVATE KEY-----|$)");
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");

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
    String out = PRIVATE_KEY.matcher(text).replaceAll("-----BEGIN $1PRIVATE KEY-----" + MASK);
    out = JSON_FIELD.matcher(out).replaceAll("$1\"" + MASK + "\"");
    out =
        ESCAPED_JSON_FIELD
            .matcher(out)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\\\"" + MASK + "\\\""));
    out = FORM_FIELD.matcher(out).replaceAll("$1" + MASK);
    return JWT.matcher(out).replaceAll("eyJ" + MASK);
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
}
