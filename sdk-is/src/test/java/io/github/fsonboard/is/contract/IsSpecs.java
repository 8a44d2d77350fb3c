package io.github.fsonboard.is.contract;

import io.github.fsonboard.harness.AllowList;
import io.github.fsonboard.harness.Spec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which WSO2 IS spec a request path belongs to, and the findings accepted as spec bugs for sdk-is.
 */
public final class IsSpecs {

  /** Path prefixes (after any {@code /t/<tenant>}) to the spec describing them; longest first. */
  private static final Map<String, Spec> BY_PREFIX = new LinkedHashMap<>();

  static {
    BY_PREFIX.put("/api/identity/oauth2/dcr/v1.1/", Spec.IS_DCR_V11);
    BY_PREFIX.put("/api/identity/oauth2/v1.0/scopes", Spec.IS_OAUTH2_SCOPES);
    BY_PREFIX.put("/api/server/v1/api-resources", Spec.IS_API_RESOURCES);
    BY_PREFIX.put("/api/server/v1/applications", Spec.IS_APPLICATIONS);
    BY_PREFIX.put("/scim2/", Spec.IS_SCIM2);
    BY_PREFIX.put("/api/identity/user/v1.0/", Spec.IS_SELF_REGISTRATION);
  }

  private IsSpecs() {}

  /**
   * Finds the spec of a request path. OAuth/OIDC protocol endpoints (token, introspection,
   * revocation, JWKS, UserInfo, discovery) have no WSO2 OpenAPI file and map to none.
   *
   * @param path the request path without query
   * @return the spec, or empty
   */
  public static Optional<Spec> forPath(String path) {
    String plain = path.matches("/t/[^/]+/.*") ? path.substring(path.indexOf('/', 3)) : path;
    return BY_PREFIX.entrySet().stream()
        .filter(e -> plain.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * The harness's documented WSO2 spec bugs plus the ones only sdk-is traffic meets, each with its
   * source.
   *
   * @return the allow-list sdk-is contract tests use
   */
  public static AllowList allowList() {
    return ALLOW_LIST;
  }

  private static final String SCIM = "/scim2/(Users|Me|v2/Roles)(/[^/]+)?";
  private static final String SCIM_USERS = "/scim2/(Users(/[^/]+)?|Me)";
  private static final String ROLES = "/scim2/v2/Roles(/[^/]+)?";
  private static final String SCOPE_BY_NAME = "/api/identity/oauth2/v1\\.0/scopes/name/[^/]+";

  private static final AllowList ALLOW_LIST =
      AllowList.wso2KnownSpecBugs()
          // --- scim2.yaml models SCIM resources against RFC 7643, which WSO2's SCIM server
          // (charon) implements. Each entry names the RFC section the spec contradicts. ---
          // RFC 7643 §3: "schemas" is an array of URIs; scim2.yaml types it object (or string in
          // the error definitions).
          .allow(
              "validation.request.body.schema.type",
              null,
              SCIM,
              "[Path '/schemas'] Instance type (array)",
              null,
              "scim2.yaml types schemas as object; RFC 7643 §3 makes it an array of URIs")
          .allow(
              "validation.response.body.schema.type",
              null,
              SCIM,
              "[Path '/schemas'] Instance type (array)",
              null,
              "scim2.yaml types schemas as object/string; RFC 7643 §3 makes it an array of URIs")
          // RFC 7643 §4.1.1: the user name attribute is "userName" and name's sub-attributes are
          // givenName/familyName; scim2.yaml's response says "username", name.firstName/lastName.
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              SCIM_USERS,
              "Property \"userName\"",
              null,
              "scim2.yaml's user response spells userName as username (RFC 7643 §4.1.1)")
          .allow(
              "validation.request.body.schema.additionalProperties",
              null,
              SCIM_USERS,
              "Property \"givenName\"",
              null,
              "scim2.yaml names name.givenName firstName (RFC 7643 §4.1.1)")
          .allow(
              "validation.request.body.schema.additionalProperties",
              null,
              SCIM_USERS,
              "Property \"familyName\"",
              null,
              "scim2.yaml names name.familyName lastName (RFC 7643 §4.1.1)")
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              SCIM_USERS,
              "Property \"givenName\"",
              null,
              "scim2.yaml names name.givenName firstName (RFC 7643 §4.1.1)")
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              SCIM_USERS,
              "Property \"familyName\"",
              null,
              "scim2.yaml names name.familyName lastName (RFC 7643 §4.1.1)")
          // WSO2 returns a user's untyped primary email as a plain string ("emails":["a@b"]),
          // not RFC 7643's complex value; the sdk-is fixture mimics that (sdk-is author's
          // observation of IS 7 list responses; not re-verified against a running server here).
          .allow(
              "validation.response.body.schema.type",
              "GET",
              "/scim2/Users",
              "/emails/",
              null,
              "WSO2 lists an untyped primary email as a plain string (not RFC 7643 complex)")
          // RFC 7644 §3.12: SCIM errors carry "scimType" (e.g. uniqueness on 409); scim2.yaml's
          // error definitions omit it.
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              SCIM,
              "Property \"scimType\"",
              null,
              "scim2.yaml's error definitions omit scimType (RFC 7644 §3.12)")
          // RFC 7643 §3.1: meta.created is a common attribute of every resource; the v2 role
          // response definitions list only location and resourceType.
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              ROLES,
              "Property \"created\"",
              null,
              "scim2.yaml's v2 role responses omit meta.created (RFC 7643 §3.1)")
          // The v2 role POST/PATCH response definitions omit the users and permissions the role
          // holds, which RoleGetResponseObjectV2 (same resource) declares.
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              ROLES,
              "Property \"users\"",
              null,
              "scim2.yaml's v2 role POST/PATCH responses omit users (declared for GET)")
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              ROLES,
              "Property \"permissions\"",
              null,
              "scim2.yaml's v2 role POST/PATCH responses omit permissions (declared for GET)")
          // --- OAuth2 scopes v1.0: the spec declares a string schema for a HEAD response and a
          // 204 response, which cannot carry a body (RFC 9110 §9.3.2, §15.3.5). ---
          .allow(
              "validation.response.body.missing",
              "HEAD",
              SCOPE_BY_NAME,
              null,
              null,
              "oauth2 scopes spec declares a body for HEAD; HEAD responses have none (RFC 9110)")
          .allow(
              "validation.response.body.missing",
              "DELETE",
              SCOPE_BY_NAME,
              null,
              204,
              "oauth2 scopes spec declares a body for 204; a 204 has none (RFC 9110 §15.3.5)")
          // --- DCR v1.1 ---
          // The updateRequest definition lacks jwks_uri although registrationRequest has it; the
          // SDK sends the caller's complete metadata on PUT. Reported by the sdk-is author; NOT
          // verified against IS 7 server code here (the stored DTO sources are pre-IS 7).
          .allow(
              "validation.request.body.schema.additionalProperties",
              "PUT",
              "/api/identity/oauth2/dcr/v1\\.1/register/[^/]+",
              "Property \"jwks_uri\"",
              null,
              "DCR updateRequest omits jwks_uri (registrationRequest declares it)")
          // Test fixture only: 201.registered.json carries "ext_future_field", standing for a
          // field a newer IS adds (PROVENANCE.md: newer fields appear), to prove unknown fields
          // are preserved. Not a WSO2 spec bug.
          .allow(
              "validation.response.body.schema.additionalProperties",
              null,
              "/api/identity/oauth2/dcr/v1\\.1/register(/[^/]+)?",
              "Property \"ext_future_field\"",
              null,
              "sdk-is fixture's stand-in for a field newer than the spec (forward compatibility)");
}
