package io.github.fsonboard.is.applications;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.is.internal.mgmt.ManagementApi;
import io.github.fsonboard.is.internal.scim.Scim;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Application management: authorizing an application for an API resource's scopes, which app-
 * audience roles need before they can carry those scopes. Scope {@code
 * internal_application_mgt_update}.
 *
 * <pre>{@code
 * is.applications().authorizeApi(appId, ApiAuthorization.rbac(apiResourceId, List.of("accounts")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ApplicationsClient {
  private final ManagementApi api;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param authentication admin credentials
   */
  public ApplicationsClient(
      HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api = HttpEngine.of(transport).service(baseUrl, authentication, ManagementApi.class);
  }

  /**
   * Authorizes an application for an API resource (POST {@code
   * /applications/{appId}/authorized-apis}, 201).
   *
   * @param applicationId the application id (WSO2's application UUID, not the OAuth client id)
   * @param authorization the API resource and scopes
   */
  public void authorizeApi(String applicationId, ApiAuthorization authorization) {
    Scim.id(applicationId, "applicationId");
    Validation.requireNonNull(authorization, "authorization");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", authorization.apiResourceId());
    body.put("policyIdentifier", authorization.policyIdentifier());
    body.put("scopes", authorization.scopes());
    Calls.execute(api.authorizeApi(applicationId, body));
  }
}
