package io.github.fsonboard.is.applications;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.is.internal.mgmt.ManagementService;
import io.github.fsonboard.is.internal.scim.Scim;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Application management: authorizing an application for an API resource's scopes, which app-
 * audience roles need before they can carry those scopes, and without which IS 7 silently drops the
 * resource's scopes from the application's tokens. Scope {@code internal_application_mgt_update}.
 *
 * <p>Checked against IS 7.0 and 7.1 (identity-api-server 1.3.83): authorizing answers 200,
 * authorizing the same API again 409 {@code APP-60509}; an unknown API resource is {@code
 * APP-60507}, a scope the resource does not have {@code APP-60508}.
 *
 * <pre>{@code
 * boolean added = is.applications()
 *     .authorizeApi(appId, ApiAuthorization.rbac(apiResourceId, List.of("accounts")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ApplicationsClient {
  /** ApplicationManagementService's code for an API the application is already authorized for. */
  private static final String ALREADY_AUTHORIZED = "APP-60509";

  private final ManagementService api;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param authentication admin credentials
   */
  public ApplicationsClient(
      HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api = HttpEngine.of(transport).service(baseUrl, authentication, ManagementService.class);
  }

  /**
   * Authorizes an application for an API resource (POST {@code
   * /applications/{appId}/authorized-apis}, 200). Safe to repeat: an API the application is already
   * authorized for (409 {@code APP-60509}) is reported as {@code false}, its scopes unchanged.
   *
   * @param applicationId the application id (WSO2's application UUID, not the OAuth client id)
   * @param authorization the API resource and scopes
   * @return true when this call authorized the API, false when it was authorized already
   * @throws io.github.fsonboard.core.error.BadRequestException for an unknown API resource ({@code
   *     APP-60507}) or scope ({@code APP-60508})
   */
  public boolean authorizeApi(String applicationId, ApiAuthorization authorization) {
    Scim.id(applicationId, "applicationId");
    Validation.requireNonNull(authorization, "authorization");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", authorization.apiResourceId());
    body.put("policyIdentifier", authorization.policyIdentifier());
    body.put("scopes", authorization.scopes());
    try {
      Calls.execute(api.authorizeApi(applicationId, body));
      return true;
    } catch (ConflictException e) {
      if (ALREADY_AUTHORIZED.equals(e.payload().code())) {
        return false;
      }
      throw e;
    }
  }
}
