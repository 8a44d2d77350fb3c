package io.github.fsonboard.is.scopes;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.error.NotFoundException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.is.internal.Bodies;
import io.github.fsonboard.is.internal.Json;
import io.github.fsonboard.is.internal.mgmt.ManagementService;
import io.github.fsonboard.is.internal.scim.Scim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth2 scopes ({@code /api/identity/oauth2/v1.0/scopes}); scopes {@code internal_oauth_scope_*}.
 * Errors carry WSO2 codes: 41004 (exists) → {@link
 * io.github.fsonboard.core.error.ConflictException}, 41003 (not found) → {@link NotFoundException}.
 *
 * <pre>{@code
 * is.scopes().create(new OAuthScope("accounts", "Accounts", null, List.of("Internal/subscriber")));
 * boolean there = is.scopes().exists("accounts");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScopesClient {
  private final ManagementService api;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param baseUrl the server
   * @param authentication admin credentials
   */
  public ScopesClient(HttpTransport transport, BaseUrl baseUrl, Authentication authentication) {
    this.api = HttpEngine.of(transport).service(baseUrl, authentication, ManagementService.class);
  }

  /**
   * Creates a scope.
   *
   * @param scope the scope
   */
  public void create(OAuthScope scope) {
    Validation.requireNonNull(scope, "scope");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", scope.name());
    body.putAll(updateBody(scope));
    Bodies.discard(Calls.execute(api.createScope(body)));
  }

  /**
   * Lists every scope.
   *
   * @return the scopes
   */
  public List<OAuthScope> list() {
    List<Map<String, Object>> body = Calls.execute(api.listScopes());
    List<OAuthScope> out = new ArrayList<>();
    if (body != null) {
      body.forEach(s -> out.add(fromJson(s)));
    }
    return out;
  }

  /**
   * Reads a scope by name.
   *
   * @param name the name
   * @return the scope, or empty on 404
   */
  public Optional<OAuthScope> find(String name) {
    Scim.id(name, "name");
    return Scim.optional(() -> fromJson(Calls.execute(api.getScope(name))));
  }

  /**
   * Tells whether a scope exists (HEAD).
   *
   * @param name the name
   * @return true when it exists
   */
  public boolean exists(String name) {
    try {
      Calls.execute(api.scopeExists(Scim.id(name, "name")));
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * Replaces a scope's display name, description and bindings.
   *
   * @param scope the scope (matched by name)
   */
  public void update(OAuthScope scope) {
    Validation.requireNonNull(scope, "scope");
    Bodies.discard(Calls.execute(api.updateScope(scope.name(), updateBody(scope))));
  }

  /**
   * Deletes a scope.
   *
   * @param name the name
   */
  public void delete(String name) {
    Calls.execute(api.deleteScope(Scim.id(name, "name")));
  }

  private static Map<String, Object> updateBody(OAuthScope s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("displayName", s.displayName());
    if (s.description() != null) {
      m.put("description", s.description());
    }
    m.put("bindings", s.bindings());
    return m;
  }

  private static OAuthScope fromJson(Map<String, Object> json) {
    Validation.requireNonNull(json, "scope");
    String name = Json.str(json, "name");
    String display = Json.str(json, "displayName");
    return new OAuthScope(
        name,
        display == null || display.isBlank() ? name : display,
        Json.str(json, "description"),
        Json.strings(json, "bindings"));
  }
}
