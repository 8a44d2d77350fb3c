package io.github.fsonboard.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * The secrets one request carried (its credentials header and the secret fields of a form body), so
 * that anything derived from its response can be scrubbed of them: a server that reflects the
 * request in an error page must not get them into a message, a payload or a log line. Computed only
 * when a response needs scrubbing, never on the success path.
 */
final class RequestSecrets {
  /** Shorter values are not scrubbed: masking "a" everywhere would destroy the text. */
  private static final int MIN_LENGTH = 6;

  private static final Set<String> SECRET_FORM_FIELDS =
      Set.of(
          "client_secret",
          "password",
          "assertion",
          "client_assertion",
          "code",
          "code_verifier",
          "refresh_token",
          "token",
          "subject_token");

  private final List<String> values;

  private RequestSecrets(List<String> values) {
    this.values = values;
  }

  static RequestSecrets of(Request request) {
    List<String> values = new ArrayList<>();
    for (String name : List.of("Authorization", "Proxy-Authorization")) {
      String header = request.header(name);
      if (header != null) {
        addCredentials(values, header);
      }
    }
    if (request.body() instanceof FormBody form) {
      for (int i = 0; i < form.size(); i++) {
        if (SECRET_FORM_FIELDS.contains(form.name(i))) {
          add(values, form.value(i));
          add(values, form.encodedValue(i));
        }
      }
    }
    // Longest first, so a secret that contains a shorter one is masked whole.
    values.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return new RequestSecrets(values);
  }

  /**
   * Replaces every occurrence of a secret this request sent.
   *
   * @param text the text, may be null
   * @return the text without the request's secrets
   */
  String scrub(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String out = text;
    for (String v : values) {
      out = out.replace(v, Redactor.MASK);
    }
    return out;
  }

  private static void addCredentials(List<String> values, String header) {
    add(values, header);
    int space = header.indexOf(' ');
    String credentials = space < 0 ? header : header.substring(space + 1).trim();
    add(values, credentials);
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        add(values, decoded);
        int colon = decoded.indexOf(':');
        if (colon >= 0) {
          add(values, decoded.substring(colon + 1)); // the password alone
        }
      } catch (IllegalArgumentException e) {
        // not base64 after all: the header value itself is already listed
      }
    }
  }

  private static void add(List<String> values, String v) {
    if (v != null && v.length() >= MIN_LENGTH && !values.contains(v)) {
      values.add(v);
    }
  }
}
