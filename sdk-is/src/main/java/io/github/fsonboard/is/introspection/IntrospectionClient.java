package io.github.fsonboard.is.introspection;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.RawCall;
import io.github.fsonboard.is.internal.FormPoster;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token introspection (RFC 7662). WSO2 IS authenticates the caller with HTTP Basic <em>user</em>
 * credentials by default (scope {@code internal_oauth2_introspect}); most other servers (Keycloak)
 * expect OAuth client authentication. Both are supported.
 *
 * <p>Checked against IS 7.0 and 7.1 (OAuth2IntrospectionEndpoint): an unknown token is {@code
 * {"active":false}}, a missing one 400 {@code {"error":"Invalid input"}}; {@code sub}, {@code iss}
 * and {@code jti} come only for JWT access tokens ({@code token_type} {@code JWT}); opaque ones are
 * {@code Bearer}, refresh tokens {@code Refresh} without {@code aut}; refused caller credentials
 * are 401/403 with {@code {code, message, description}}.
 *
 * <pre>{@code
 * IntrospectionResult r = is.introspection().introspect(accessToken);
 * if (r.active() && r.hasScope("accounts")) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IntrospectionClient {
  private final FormPoster poster;

  /**
   * Creates a client that authenticates as a user or service (WSO2 IS's default).
   *
   * @param transport the transport
   * @param endpoint the introspection endpoint
   * @param authentication e.g. Basic user credentials
   */
  public IntrospectionClient(HttpTransport transport, URI endpoint, Authentication authentication) {
    this.poster = FormPoster.of(transport, checked(endpoint), authentication);
  }

  /**
   * Creates a client that authenticates as an OAuth client.
   *
   * @param transport the transport
   * @param endpoint the introspection endpoint
   * @param client the client authentication
   */
  public IntrospectionClient(HttpTransport transport, URI endpoint, ClientAuthentication client) {
    this.poster = FormPoster.of(transport, checked(endpoint), client);
  }

  /**
   * Returns the endpoint.
   *
   * @return the URI
   */
  public URI endpoint() {
    return poster.endpoint();
  }

  /**
   * Introspects a token.
   *
   * @param token the token
   * @return the result; {@code active == false} for unknown, expired or revoked tokens
   * @throws ValidationException naming {@code token} when it is missing or empty
   */
  public IntrospectionResult introspect(Secret token) {
    return introspect(token, null);
  }

  /**
   * Introspects a token with a type hint.
   *
   * @param token the token
   * @param tokenTypeHint {@code access_token} or {@code refresh_token}, or null
   * @return the result
   * @throws ValidationException naming {@code token} when it is missing or empty
   */
  public IntrospectionResult introspect(Secret token, String tokenTypeHint) {
    if (token == null || token.isEmpty()) {
      throw new ValidationException("token", "is required");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token.reveal());
    form.put("token_type_hint", tokenTypeHint);
    String body = poster.post(form).body();
    return IntrospectionMapper.map(RawCall.jsonObject(body, "Introspection response"));
  }

  static URI checked(URI endpoint) {
    return BaseUrl.of(String.valueOf(endpoint), "introspectionEndpoint").uri();
  }
}
