package io.github.fsonboard.testkit.internal;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One HTTP request as the handlers see it: method, decoded path, query and form parameters, headers
 * and body. Independent of WireMock so handlers stay plain Java.
 *
 * @param method upper-case HTTP method
 * @param path the decoded path without query
 * @param query query parameters
 * @param headers header lookup (case-insensitive)
 * @param body the raw body
 */
public record Request(
    String method,
    String path,
    Map<String, List<String>> query,
    Function<String, String> headers,
    byte[] body) {

  /**
   * Builds a request from a raw URL (path and query).
   *
   * @param method the method
   * @param rawUrl the URL path with query, not decoded
   * @param headers header lookup
   * @param body the body bytes (may be null)
   * @return the request
   */
  public static Request of(
      String method, String rawUrl, Function<String, String> headers, byte[] body) {
    int q = rawUrl.indexOf('?');
    String rawPath = q < 0 ? rawUrl : rawUrl.substring(0, q);
    Map<String, List<String>> query = q < 0 ? Map.of() : parseForm(rawUrl.substring(q + 1));
    String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    return new Request(
        method.toUpperCase(Locale.ROOT), path, query, headers, body == null ? new byte[0] : body);
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text.
   *
   * @param text the encoded text
   * @return parameters in order
   */
  public static Map<String, List<String>> parseForm(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /**
   * Returns a header value.
   *
   * @param name the header name
   * @return the first value or null
   */
  public String header(String name) {
    return headers.apply(name);
  }

  /**
   * Returns the client certificate the TLS handshake verified: the listener puts it in {@link
   * FsGateway#CERT_HEADER} and drops any such header the client sent.
   *
   * @return the leaf certificate, or null when the client presented none
   */
  public X509Certificate clientCertificate() {
    String pem = header(FsGateway.CERT_HEADER);
    if (pem == null) {
      return null;
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(
                      URLDecoder.decode(pem, StandardCharsets.UTF_8)
                          .getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException e) {
      return null;
    }
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns a query parameter.
   *
   * @param name the name
   * @return the first value or null
   */
  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Parses the body as a JSON object.
   *
   * @return the object
   * @throws Halt 400 in WSO2 APIM shape when the body is not a JSON object
   */
  public Map<String, Object> json() {
    if (body.length == 0) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "Request body is missing"));
    }
    try {
      return Json.parseObject(bodyText());
    } catch (IllegalArgumentException e) {
      throw new Halt(Replies.apimError(400, 400, "Bad Request", "Malformed request body"));
    }
  }

  /**
   * Parses the body as a form (for the OAuth endpoints), one value per name.
   *
   * @return name to first value
   */
  public Map<String, String> form() {
    Map<String, String> out = new LinkedHashMap<>();
    parseForm(bodyText()).forEach((k, v) -> out.put(k, v.get(0)));
    return out;
  }

  /**
   * Parses a {@code multipart/form-data} body into text fields.
   *
   * @return field name to value
   */
  public Map<String, String> multipart() {
    String type = header("Content-Type");
    Map<String, String> out = new LinkedHashMap<>();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return out;
    }
    int b = type.indexOf("boundary=");
    if (b < 0) {
      return out;
    }
    String boundary = type.substring(b + 9).replace("\"", "").split(";")[0].trim();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    for (String part : text.split("--" + java.util.regex.Pattern.quote(boundary))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      String head = part.substring(0, split);
      String value = part.substring(split + 4);
      if (value.endsWith("\r\n")) {
        value = value.substring(0, value.length() - 2);
      }
      int n = head.indexOf("name=\"");
      if (n < 0) {
        continue;
      }
      String name = head.substring(n + 6, head.indexOf('"', n + 6));
      out.put(
          name, new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
    return out;
  }

  /**
   * Decodes HTTP Basic credentials.
   *
   * @return {user, password} or null when absent or malformed
   */
  public String[] basic() {
    String auth = header("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Returns the bearer token.
   *
   * @return the token or null
   */
  public String bearer() {
    String auth = header("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return auth.substring(7).trim();
  }
}
