package io.github.fsonboard.is.apiresources;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.is.internal.Bodies;
import io.github.fsonboard.is.internal.Json;
import io.github.fsonboard.is.internal.mgmt.ManagementService;
import io.github.fsonboard.is.internal.scim.Scim;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.ResponseBody;

/**
 * API resources ({@code /api/server/v1/api-resources}); scopes {@code internal_api_resource_*}.
 * Errors carry WSO2 codes {@code API-RESOURCE-600xx} (60003/60004 conflict → {@link
 * io.github.fsonboard.core.error.ConflictException}; the same codes with 400 mean a missing name or
 * identifier, so tell them apart by status).
 *
 * <p>Checked against IS 7.0 and 7.1 (identity-api-server 1.3.83): the list key is {@code
 * apiResources}, pages hold 10 resources unless a {@code limit} is given and move by {@code
 * before}/{@code after} cursors, and scopes are removed one at a time ({@link #removeScope})
 * because the server answers a PATCH with {@code removedScopes} with 501.
 *
 * <pre>{@code
 * ApiResource r = is.apiResources().create(new NewApiResource("Accounts", "accounts_api", null,
 *     true, List.of(ApiResourceScope.of("accounts", "Read accounts"))));
 * is.apiResources().findByIdentifier("accounts_api");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ApiResourcesClient {
  private final ManagementService api;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param authentication admin credentials
   */
  public ApiResourcesClient(
      HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api = HttpEngine.of(transport).service(baseUrl, authentication, ManagementService.class);
  }

  /**
   * Creates an API resource. The server answers 201 with a {@code Location}; when it sends no body,
   * the resource is read back from there.
   *
   * @param resource the resource
   * @return the created resource
   */
  public ApiResource create(NewApiResource resource) {
    Validation.requireNonNull(resource, "resource");
    HttpResult<ResponseBody> r =
        Calls.exchange(api.createApiResource(ApiResourceMapper.toJson(resource)));
    Map<String, Object> body = Bodies.jsonOrNull(r.body(), "API resource");
    if (body != null && Json.str(body, "id") != null) {
      return ApiResourceMapper.fromJson(body);
    }
    String location = r.header("Location");
    if (location == null) {
      throw new FsOnboardException("API resource created without body or Location header");
    }
    String id = location.substring(location.lastIndexOf('/') + 1);
    return findById(id)
        .orElseThrow(() -> new FsOnboardException("Created API resource " + id + " not found"));
  }

  /**
   * Reads an API resource with its scopes.
   *
   * @param id the id
   * @return the resource, or empty on 404
   */
  public Optional<ApiResource> findById(String id) {
    Scim.id(id, "id");
    return Scim.optional(() -> ApiResourceMapper.fromJson(Calls.execute(api.getApiResource(id))));
  }

  /**
   * Finds an API resource by identifier ({@code filter=identifier eq X}) and reads it with its
   * scopes.
   *
   * @param identifier the identifier
   * @return the resource, or empty
   */
  public Optional<ApiResource> findByIdentifier(String identifier) {
    Validation.requireNonBlank(identifier, "identifier");
    return list("identifier eq " + identifier, null, null, null).items().stream()
        .filter(r -> identifier.equals(r.identifier()))
        .findFirst()
        .flatMap(r -> findById(r.id()));
  }

  /**
   * Lists one page.
   *
   * @param filter e.g. {@code identifier eq accounts_api}, or null
   * @param limit page size, or null for the server's default (10)
   * @param after the cursor from {@link Page#next()}, or null
   * @param before the cursor from {@link Page#previous()}, or null
   * @return the page
   * @throws ValidationException naming {@code limit} when not positive, and {@code after} and
   *     {@code before} when both are given (the server refuses that with API-RESOURCE-60011)
   */
  public Page<ApiResource> list(String filter, Integer limit, String after, String before) {
    new Validation()
        .require(limit == null || limit > 0, "limit", "must be positive")
        .require(after == null || before == null, "after", "cannot be combined with before")
        .require(after == null || before == null, "before", "cannot be combined with after")
        .throwIfInvalid();
    return ApiResourceMapper.page(
        Calls.execute(api.listApiResources(filter, limit, after, before)));
  }

  /**
   * Streams every matching resource in the server's default pages, following {@code after} cursors
   * lazily.
   *
   * @param filter a filter, or null
   * @return the resources (without scopes)
   */
  public Stream<ApiResource> stream(String filter) {
    return Paging.stream("API resources", cursor -> list(filter, null, cursor, null));
  }

  /**
   * Adds scopes (PATCH {@code addedScopes}).
   *
   * @param id the resource id
   * @param scopes the scopes to add
   */
  public void addScopes(String id, List<ApiResourceScope> scopes) {
    if (scopes == null || scopes.isEmpty()) {
      throw new ValidationException("addedScopes", "must not be empty");
    }
    Calls.execute(
        api.patchApiResource(
            Scim.id(id, "id"), Map.of("addedScopes", ApiResourceMapper.scopes(scopes))));
  }

  /**
   * Removes one scope ({@code DELETE /api-resources/{id}/scopes/{name}}, 204). IS 7 has no other
   * way: a PATCH with {@code removedScopes} is answered 501 API-RESOURCE-60006.
   *
   * @param id the resource id
   * @param scopeName the scope's name
   */
  public void removeScope(String id, String scopeName) {
    Scim.id(id, "id");
    Validation.requireNonBlank(scopeName, "scopeName");
    Calls.execute(api.deleteApiResourceScope(id, scopeName));
  }

  /**
   * Deletes an API resource.
   *
   * @param id the id
   */
  public void delete(String id) {
    Calls.execute(api.deleteApiResource(Scim.id(id, "id")));
  }
}
