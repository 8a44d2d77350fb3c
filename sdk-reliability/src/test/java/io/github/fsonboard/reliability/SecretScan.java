package io.github.fsonboard.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks for known secret values in text (log lines, {@code toString}s, exception messages and stack
 * traces). Each secret is also looked for Base64-encoded (HTTP Basic headers) and in its first 12
 * characters (a truncated secret is still a leak).
 */
public final class SecretScan {
  private final Set<String> needles = new LinkedHashSet<>();
  private final List<String> findings = new ArrayList<>();
  private int strings;
  private int logLines;

  /** Creates an empty scan. */
  public SecretScan() {}

  public SecretScan secret(String value) {
    needles.add(value);
    if (value.length() > 16) {
      needles.add(value.substring(0, 12));
    }
    return this;
  }

  /** Also looks for the Base64 of {@code user:password} as sent in a Basic header. */
  public SecretScan basic(String user, String password) {
    needles.add(Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
    return secret(password);
  }

  public void logLines(List<String> lines) {
    for (String line : lines) {
      logLines++;
      check("log", line);
    }
  }

  public void string(String where, Object value) {
    strings++;
    check(where, String.valueOf(value));
  }

  /** Scans the message, toString and the full stack trace (with causes) of a throwable. */
  public void throwable(String where, Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    strings++;
    check(where, w.toString());
  }

  private void check(String where, String text) {
    for (String needle : needles) {
      if (text.contains(needle)) {
        findings.add(
            where + ": contains a secret (" + needle.length() + " chars) in: " + clip(text));
      }
    }
  }

  private static String clip(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  public List<String> findings() {
    return findings;
  }

  public String summary(String suite) {
    return suite
        + ": secrets found: "
        + findings.size()
        + " ("
        + logLines
        + " log lines and "
        + strings
        + " strings scanned for "
        + needles.size()
        + " secret values)";
  }
}
