package io.github.fsonboard.is.applications;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.List;

/**
 * Authorizes an application for scopes of an API resource.
 *
 * @param apiResourceId the API resource's {@code id}
 * @param policyIdentifier {@code policyIdentifier}, usually {@value #RBAC}
 * @param scopes the scope names
 */
public record ApiAuthorization(String apiResourceId, String policyIdentifier, List<String> scopes) {
  /** Role-based access control, the policy WSO2 IS 7 uses for business APIs. */
  public static final String RBAC = "RBAC";

  /**
   * Validates and copies the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code id} or {@code
   *     policyIdentifier}, and {@code scopes} when it holds {@code null}
   */
  public ApiAuthorization {
    Validation v =
        new Validation()
            .require(apiResourceId != null && !apiResourceId.isBlank(), "id", "is required")
            .require(
                policyIdentifier != null && !policyIdentifier.isBlank(),
                "policyIdentifier",
                "is required");
    Elements.requireNoNull(v, "scopes", scopes);
    v.throwIfInvalid();
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /**
   * An RBAC authorization.
   *
   * @param apiResourceId the API resource id
   * @param scopes the scope names
   * @return the authorization
   */
  public static ApiAuthorization rbac(String apiResourceId, List<String> scopes) {
    return new ApiAuthorization(apiResourceId, RBAC, scopes);
  }
}
