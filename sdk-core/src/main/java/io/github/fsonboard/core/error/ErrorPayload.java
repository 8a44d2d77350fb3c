package io.github.fsonboard.core.error;

import java.util.List;
import java.util.Optional;

/**
 * The error body a server returned, parsed into the fields WSO2, OAuth 2.0 and SCIM use. Fields the
 * body did not carry are null. {@link #rawBody()} keeps a bounded, redacted copy of the body for
 * anything the known shapes do not cover (an HTML error page, say).
 *
 * @param code WSO2 {@code code} (e.g. {@code "901402"}, {@code "USR-02007"}, {@code "41004"})
 * @param message WSO2 {@code message}
 * @param description WSO2 {@code description}
 * @param moreInfo WSO2 {@code moreInfo}
 * @param details WSO2 {@code error[]} entries; empty when absent
 * @param error OAuth 2.0 {@code error} (e.g. {@code invalid_client})
 * @param errorDescription OAuth 2.0 {@code error_description}
 * @param scimStatus SCIM {@code status} (a string in SCIM error bodies)
 * @param scimType SCIM {@code scimType} (e.g. {@code uniqueness})
 * @param detail SCIM {@code detail}
 * @param traceId WSO2 {@code traceId}, when the server sent one
 * @param contentType the response's content type, or null
 * @param rawBody the body as text, truncated and with secrets redacted; empty when there was none
 */
public record ErrorPayload(
    String code,
    String message,
    String description,
    String moreInfo,
    List<ErrorDetail> details,
    String error,
    String errorDescription,
    String scimStatus,
    String scimType,
    String detail,
    String traceId,
    String contentType,
    String rawBody) {

  /** Normalises null collections and bodies. */
  public ErrorPayload {
    details = details == null ? List.of() : List.copyOf(details);
    rawBody = rawBody == null ? "" : rawBody;
  }

  /**
   * A payload for a response that carried no body.
   *
   * @param contentType the content type, or null
   * @return an empty payload
   */
  public static ErrorPayload empty(String contentType) {
    return new ErrorPayload(
        null, null, null, null, List.of(), null, null, null, null, null, null, contentType, "");
  }

  /**
   * Returns the most specific machine-readable code: WSO2 {@code code}, else OAuth {@code error},
   * else SCIM {@code scimType}.
   *
   * @return the code, if any
   */
  public Optional<String> errorCode() {
    if (code != null) {
      return Optional.of(code);
    }
    if (error != null) {
      return Optional.of(error);
    }
    return Optional.ofNullable(scimType);
  }

  /**
   * A one-line human summary built from whichever fields are present, e.g. {@code "901402 Key
   * Manager Already Exists: Key manager with name FSKM already exists"} or {@code "invalid_client:
   * Client authentication failed"}.
   *
   * @return the summary, or an empty string when the body carried nothing useful
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    if (code != null) {
      sb.append(code);
    }
    append(sb, " ", message);
    append(sb, ": ", description);
    if (error != null) {
      append(sb, sb.length() == 0 ? "" : " ", error);
      append(sb, ": ", errorDescription);
    }
    if (scimType != null || detail != null) {
      append(sb, sb.length() == 0 ? "" : " ", scimType);
      append(sb, sb.length() == 0 ? "" : ": ", detail);
    }
    for (ErrorDetail d : details) {
      append(sb, "; ", d.toString());
    }
    if (sb.length() == 0 && !rawBody.isBlank()) {
      sb.append(textOf(rawBody));
    }
    return sb.toString().trim();
  }

  private static void append(StringBuilder sb, String separator, String value) {
    if (value != null && !value.isBlank()) {
      if (sb.length() > 0) {
        sb.append(separator);
      }
      sb.append(value);
    }
  }

  /** Strips markup so that an HTML error page still yields a readable one-liner. */
  private static String textOf(String body) {
    String text = body.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ");
    text = text.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").trim();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
