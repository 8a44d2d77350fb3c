package io.github.fsonboard.testkit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The error shapes of each WSO2 API family, in one place. */
public final class Replies {
  private Replies() {}

  /**
   * APIM REST (admin, devportal) error: {@code {code, message, description, moreInfo, error[]}}.
   *
   * @param status HTTP status
   * @param code WSO2 error code (often the status, or a 90xxxx code)
   * @param message short message
   * @param description detail
   * @return the reply
   */
  public static Reply apimError(int status, long code, String message, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    body.put("description", description);
    body.put("moreInfo", "");
    body.put("error", List.of());
    return Reply.json(status, body);
  }

  /**
   * APIM's 403 for a resource that exists but belongs to someone else, as carbon-apimgt's
   * RestApiUtil.handleAuthorizationFailure builds it.
   *
   * @param resource the resource kind, e.g. "application"
   * @param id its id
   * @return the reply
   */
  public static Reply forbidden(String resource, String id) {
    return apimError(
        403,
        403,
        "Forbidden",
        "You don't have permission to access the " + resource + " with Id " + id);
  }

  /**
   * An APIM REST (admin, devportal) success body: JSON without null members.
   *
   * @param status HTTP status
   * @param value the body
   * @return the reply
   */
  public static Reply apim(int status, Object value) {
    return Reply.json(status, Fields.withoutNulls(value));
  }

  /**
   * OAuth 2.0 error {@code {error, error_description}}.
   *
   * @param status HTTP status
   * @param error error code
   * @param description description
   * @return the reply
   */
  public static Reply oauthError(int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return Reply.json(status, body);
  }

  /**
   * IS REST error {@code {error, error_description, traceId}} (DCR).
   *
   * @param status HTTP status
   * @param error error code
   * @param description description
   * @return the reply
   */
  public static Reply dcrError(int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    body.put("traceId", UUID.randomUUID().toString());
    return Reply.json(status, body);
  }

  /**
   * IS REST error {@code {code, message, description, traceId}} (scopes, API resources, sign-up).
   *
   * @param status HTTP status
   * @param code error code such as "41004"
   * @param message message
   * @param description description
   * @return the reply
   */
  public static Reply isError(int status, String code, String message, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    body.put("description", description);
    body.put("traceId", UUID.randomUUID().toString());
    return Reply.json(status, body);
  }

  /**
   * SCIM error {@code {schemas, status, scimType, detail}}.
   *
   * @param status HTTP status
   * @param scimType SCIM error type (may be null)
   * @param detail detail
   * @return the reply
   */
  public static Reply scimError(int status, String scimType, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:Error"));
    body.put("status", String.valueOf(status));
    if (scimType != null) {
      body.put("scimType", scimType);
    }
    body.put("detail", detail);
    return Reply.typed(status, "application/scim+json", Json.write(body));
  }
}
