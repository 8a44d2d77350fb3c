package io.github.fsonboard.testkit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 401/403 answers of IS 7's REST authentication and authorization valves, which run before any
 * management API sees the request. Mirrors identity-carbon-auth-rest's {@code
 * APIErrorResponseHandler.handleErrorResponse}: every answer has a JSON body whose shape depends on
 * the API family (SCIM, DCR, the rest), and a 401 carries {@code WWW-Authenticate}.
 */
final class IsAuthValve {
  private static final String UNAUTHORIZED =
      "Authorization failure. Authorization information was invalid or missing from your request.";
  private static final String FORBIDDEN =
      "Operation is not permitted. You do not have permissions to make this request.";

  private IsAuthValve() {}

  /**
   * The valve's answer for a refused request.
   *
   * @param r the request (its path picks the family)
   * @param status 401 or 403
   * @return the reply
   */
  static Reply refuse(Request r, int status) {
    String path = r.path().replaceFirst("^/t/[^/]+", "");
    Map<String, Object> body = new LinkedHashMap<>();
    String description = status == 401 ? UNAUTHORIZED : FORBIDDEN;
    Reply reply;
    if (path.startsWith("/scim2")) {
      // handleScim2ApiErrorResponse: status is a JSON number here (charon's own errors use a
      // string), and no scimType outside 400.
      body.put("status", status);
      body.put("detail", description);
      body.put("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:Error"));
      reply = Reply.json(status, body);
    } else {
      // handleDCRApiErrorResponse / handleErrorResponseForCommonAPIs: code is the HTTP status.
      body.put("code", status);
      body.put("message", status == 401 ? "Unauthorized" : "Forbidden");
      body.put("description", description);
      reply = Reply.json(status, body);
    }
    if (status != 401) {
      return reply;
    }
    // The DCR branch overwrites the realm header with a bare "Bearer".
    return reply.withHeader(
        "WWW-Authenticate",
        path.startsWith("/api/identity/oauth2/dcr") ? "Bearer" : "Bearer realm=" + hostName(r));
  }

  /**
   * The server's HostName, which IS puts in realms: here the name the caller used.
   *
   * @param r the request
   * @return the host without port
   */
  static String hostName(Request r) {
    String host = r.header("Host");
    if (host == null || host.isBlank()) {
      return "localhost";
    }
    return host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":")[0];
  }
}
