package io.github.fsonboard.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validator findings accepted because the spec, not the traffic, is wrong. Each entry names the
 * message key, the method and path it applies to and why; nothing else may be allowed.
 *
 * <pre>{@code
 * ContractValidator v = ContractValidator.of(Spec.APIM_DCR_V017, AllowList.wso2KnownSpecBugs());
 * }</pre>
 */
public final class AllowList {

  /**
   * One accepted finding.
   *
   * @param key the validator message key that is accepted
   * @param method the HTTP method it applies to, or null for any
   * @param pathPattern a regular expression the full request path (without query) must match
   * @param messageContains text the message must contain, or null for any
   * @param status the response status it applies to, or null for any (and for requests)
   * @param reason why the finding is a spec bug, with its source
   */
  public record Entry(
      String key,
      String method,
      Pattern pathPattern,
      String messageContains,
      Integer status,
      String reason) {

    boolean matches(String msgKey, String text, String reqMethod, String path, Integer respStatus) {
      return key.equals(msgKey)
          && (method == null || method.equalsIgnoreCase(reqMethod))
          && pathPattern.matcher(path).matches()
          && (messageContains == null || (text != null && text.contains(messageContains)))
          && (status == null || status.equals(respStatus));
    }
  }

  /**
   * A response status the server uses where the spec declares another; the body is validated
   * against the declared status's schema.
   *
   * @param method the HTTP method
   * @param pathPattern a regular expression the full request path must match
   * @param actualStatus the status the server sends
   * @param specStatus the status the spec declares for the same outcome
   * @param reason why, with the source
   */
  public record StatusAlias(
      String method, Pattern pathPattern, int actualStatus, int specStatus, String reason) {}

  private static final AllowList NONE = new AllowList(List.of(), List.of());

  private final List<Entry> entries;
  private final List<StatusAlias> statusAliases;

  private AllowList(List<Entry> entries, List<StatusAlias> statusAliases) {
    this.entries = List.copyOf(entries);
    this.statusAliases = List.copyOf(statusAliases);
  }

  /**
   * An empty allow-list: every finding fails.
   *
   * @return the empty list
   */
  public static AllowList none() {
    return NONE;
  }

  /**
   * An allow-list of the given entries.
   *
   * @param entries the entries
   * @return the list
   */
  public static AllowList of(Entry... entries) {
    return new AllowList(List.of(entries), List.of());
  }

  /**
   * Returns this list plus one entry.
   *
   * @param key validator message key
   * @param method HTTP method or null for any
   * @param pathRegex regular expression for the full request path
   * @param messageContains required message text or null
   * @param status response status or null
   * @param reason why, with the source
   * @return a new list
   */
  public AllowList allow(
      String key,
      String method,
      String pathRegex,
      String messageContains,
      Integer status,
      String reason) {
    List<Entry> copy = new ArrayList<>(entries);
    copy.add(new Entry(key, method, Pattern.compile(pathRegex), messageContains, status, reason));
    return new AllowList(copy, statusAliases);
  }

  /**
   * Returns this list plus a status alias: a response with {@code actualStatus} is validated as if
   * it had {@code specStatus} (its body is still checked against that status's schema).
   *
   * @param method HTTP method
   * @param pathRegex regular expression for the full request path
   * @param actualStatus status the server sends
   * @param specStatus status the spec declares
   * @param reason why, with the source
   * @return a new list
   */
  public AllowList aliasStatus(
      String method, String pathRegex, int actualStatus, int specStatus, String reason) {
    List<StatusAlias> copy = new ArrayList<>(statusAliases);
    copy.add(new StatusAlias(method, Pattern.compile(pathRegex), actualStatus, specStatus, reason));
    return new AllowList(entries, copy);
  }

  /**
   * Returns the status aliases.
   *
   * @return the aliases in order
   */
  public List<StatusAlias> statusAliases() {
    return statusAliases;
  }

  /**
   * Finds the status alias for a response.
   *
   * @param method request method
   * @param path full request path without query
   * @param status the response status
   * @return the alias, or empty
   */
  public Optional<StatusAlias> statusAliasFor(String method, String path, int status) {
    return statusAliases.stream()
        .filter(
            a ->
                a.method().equalsIgnoreCase(method)
                    && a.actualStatus() == status
                    && a.pathPattern().matcher(path).matches())
        .findFirst();
  }

  /**
   * Returns the entries.
   *
   * @return the entries in order
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Finds the reason a finding is allowed.
   *
   * @param key validator message key
   * @param message message text
   * @param method request method
   * @param path full request path without query
   * @param status response status, or null for a request
   * @return the reason, or empty when the finding is not allowed
   */
  public Optional<String> reasonFor(
      String key, String message, String method, String path, Integer status) {
    return entries.stream()
        .filter(e -> e.matches(key, message, method, path, status))
        .map(Entry::reason)
        .findFirst();
  }

  /**
   * The documented disagreements between WSO2's specs and WSO2's servers (sources:
   * shared/reference/wso2-contracts.md §6 and §8, shared/wso2-specs/{apim,is}/PROVENANCE.md).
   *
   * @return the known spec bugs
   */
  public static AllowList wso2KnownSpecBugs() {
    return none()
        // APIM DCR v0.17 types saasApp as a string; APIM's own DCRRequest, WSO2's FS tests and
        // third-party clients all send a JSON boolean (wso2-contracts.md §8).
        .allow(
            "validation.request.body.schema.type",
            "POST",
            "/client-registration/v0\\.17/register",
            "/saasApp",
            null,
            "APIM DCR v0.17 spec types saasApp as string; servers and clients use a boolean")
        // IS DCR v1.1 `application` response definition misspells three fields; the real Jackson
        // DTO (ApplicationDTO.java) uses the request spellings (PROVENANCE.md is/).
        .allow(
            "validation.response.body.schema.additionalProperties",
            null,
            "/api/identity/oauth2/dcr/v1\\.1/register(/[^/]+)?",
            "require_pushed_authorization_requests",
            null,
            "IS DCR response spec spells it require_push_authorization_request")
        .allow(
            "validation.response.body.schema.additionalProperties",
            null,
            "/api/identity/oauth2/dcr/v1\\.1/register(/[^/]+)?",
            "tls_client_certificate_bound_access_tokens",
            null,
            "IS DCR response spec spells it tls_client_certificate_bound_access_token")
        .allow(
            "validation.response.body.schema.additionalProperties",
            null,
            "/api/identity/oauth2/dcr/v1\\.1/register(/[^/]+)?",
            "request_object_encryption_alg",
            null,
            "IS DCR response spec spells it request_object_encryption_algorithm")
        .allow(
            "validation.response.body.schema.additionalProperties",
            null,
            "/api/identity/oauth2/dcr/v1\\.1/register(/[^/]+)?",
            "request_object_encryption_enc",
            null,
            "IS DCR response spec spells it request_object_encryption_method")
        // IS DCR v1.1: an unknown client_id answers 401 with no body, which the spec does not
        // declare (PROVENANCE.md is/, wso2-contracts.md §6).
        .allow(
            "validation.response.status.unknown",
            null,
            "/api/identity/oauth2/dcr/v1\\.1/register/[^/]+",
            null,
            401,
            "IS DCR answers an unknown client_id with 401 and no body (spec: 404)")
        // IS API resources: POST returns 201 Created with Location; the spec says 200
        // (PROVENANCE.md is/, wso2-contracts.md §6).
        .aliasStatus(
            "POST",
            "/api/server/v1/api-resources",
            201,
            200,
            "IS API resources POST returns 201 Created; the spec says 200")
        // IS API resources: the list key is "apiResources" (identity-api-server's generated
        // APIResourceListResponse, filled by ServerAPIResourceManagementService.getAPIResources);
        // the YAML says "APIResources" (wso2-contracts.md §9b).
        .allow(
            "validation.response.body.schema.additionalProperties",
            "GET",
            "/api/server/v1/api-resources",
            "apiResources",
            200,
            "IS lists API resources under apiResources; the spec says APIResources")
        // IS API resources: deleting one scope answers 204, which the spec does not list
        // (APIResourceManagementService.deleteAPIScopeByScopeName; the PATCH alternative with
        // removedScopes is 501 API-RESOURCE-60006, §9b).
        .allow(
            "validation.response.status.unknown",
            "DELETE",
            "/api/server/v1/api-resources/[^/]+/scopes/[^/]+",
            null,
            204,
            "IS answers a scope deletion with 204; the spec lists no success status")
        // IS applications: authorizing an API answers 200 (the spec says 201) and authorizing it
        // again 409 APP-60509, which the spec does not list (identity-api-server
        // ServerApplicationManagementService.addAuthorizedAPI, §9b).
        .aliasStatus(
            "POST",
            "/api/server/v1/applications/[^/]+/authorized-apis",
            200,
            201,
            "IS answers an API authorization with 200; the spec says 201")
        .allow(
            "validation.response.status.unknown",
            "POST",
            "/api/server/v1/applications/[^/]+/authorized-apis",
            null,
            409,
            "IS answers a repeated API authorization with 409 APP-60509; the spec omits 409")
        // IS self sign-up: identity-governance MeApiServiceImpl.mePost answers 201 with no body
        // unless SelfRegistration.API.EnableDetailedResponseBody is set, and with the recovery id
        // as plain text when an external notification channel is configured (§9b).
        .allow(
            "validation.response.body.missing",
            "POST",
            "(/t/[^/]+)?/api/identity/user/v1\\.0/me",
            null,
            201,
            "IS self sign-up answers an empty 201 by default; the spec declares a JSON body")
        .allow(
            "validation.response.contentType.notAllowed",
            "POST",
            "(/t/[^/]+)?/api/identity/user/v1\\.0/me",
            "text/plain",
            201,
            "IS self sign-up answers the recovery id as plain text with an external channel")
        // SCIM2 Roles v2: the audience.type enum is spelled ['applciation', 'organization'] in
        // scim2.yaml; the server expects "application" (wso2-contracts.md §6). Only the value
        // "application" is allowed; any other value still fails.
        .allow(
            "validation.request.body.schema.enum",
            null,
            "/scim2/v2/Roles(/[^/]+)?",
            "(\"application\") not found in enum",
            null,
            "SCIM2 Roles v2 spec misspells audience type \"application\" as \"applciation\"")
        .allow(
            "validation.response.body.schema.enum",
            null,
            "/scim2/v2/Roles(/[^/]+)?",
            "(\"application\") not found in enum",
            null,
            "SCIM2 Roles v2 spec misspells audience type \"application\" as \"applciation\"");
  }
}
