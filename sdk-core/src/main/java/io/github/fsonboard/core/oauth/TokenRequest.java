package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.auth.JwtBearerAssertion;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One token request: a grant type and its parameters. Build it with a factory per grant; values are
 * checked before anything is sent. {@code toString} never shows secret parameters.
 *
 * <pre>{@code
 * TokenRequest.clientCredentials("accounts", "payments");
 * TokenRequest.authorizationCode(code, URI.create("https://tpp.example/cb"), verifier);
 * TokenRequest.jwtBearer(assertion, "openid");
 * }</pre>
 */
public final class TokenRequest {
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

  private final String grantType;
  private final Map<String, Object> parameters;
  private final boolean repeatable;

  private TokenRequest(String grantType, Map<String, Object> parameters, boolean repeatable) {
    this.grantType = grantType;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    this.repeatable = repeatable;
  }

  /**
   * {@code client_credentials}.
   *
   * @param scopes the requested scopes (may be none)
   * @return the request
   */
  public static TokenRequest clientCredentials(String... scopes) {
    Map<String, Object> p = new LinkedHashMap<>();
    putScopes(p, java.util.List.of(scopes));
    return new TokenRequest(GrantType.CLIENT_CREDENTIALS, p, true);
  }

  /**
   * {@code password} (resource owner password credentials).
   *
   * @param username the user name
   * @param password the password
   * @param scopes the requested scopes
   * @return the request
   */
  public static TokenRequest password(String username, Secret password, Collection<String> scopes) {
    if (username == null || username.isBlank()) {
      throw new ValidationException("username", "is required");
    }
    if (password == null) {
      throw new ValidationException("password", "is required");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("username", username);
    p.put("password", password);
    putScopes(p, scopes);
    return new TokenRequest(GrantType.PASSWORD, p, true);
  }

  /**
   * {@code refresh_token}. Not repeated on failure: servers that rotate refresh tokens would reject
   * the second attempt.
   *
   * @param refreshToken the refresh token
   * @param scopes the requested scopes (may be none)
   * @return the request
   */
  public static TokenRequest refreshToken(Secret refreshToken, String... scopes) {
    if (refreshToken == null || refreshToken.isEmpty()) {
      throw new ValidationException("refresh_token", "is required");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("refresh_token", refreshToken);
    putScopes(p, java.util.List.of(scopes));
    return new TokenRequest(GrantType.REFRESH_TOKEN, p, false);
  }

  /**
   * {@code authorization_code} with an RFC 7636 code verifier.
   *
   * @param code the authorization code from the callback
   * @param redirectUri the redirect URI used in the authorization request
   * @param codeVerifier the PKCE verifier (43–128 characters of {@code [A-Za-z0-9-._~]}), or null
   *     when the client does not use PKCE
   * @return the request
   */
  public static TokenRequest authorizationCode(String code, URI redirectUri, Secret codeVerifier) {
    if (code == null || code.isBlank()) {
      throw new ValidationException("code", "is required");
    }
    if (redirectUri == null || !redirectUri.isAbsolute()) {
      throw new ValidationException("redirect_uri", "must be an absolute URI");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", Secret.of(code));
    p.put("redirect_uri", redirectUri.toString());
    if (codeVerifier != null) {
      if (!VERIFIER.matcher(codeVerifier.reveal()).matches()) {
        throw new ValidationException(
            "code_verifier", "must be 43-128 characters of [A-Za-z0-9-._~] (RFC 7636 §4.1)");
      }
      p.put("code_verifier", codeVerifier);
    }
    return new TokenRequest(GrantType.AUTHORIZATION_CODE, p, false);
  }

  /**
   * {@code urn:ietf:params:oauth:grant-type:jwt-bearer} (RFC 7523 §2.1). Build the assertion with
   * {@link JwtBearerAssertion}.
   *
   * @param assertion the signed JWT
   * @param scopes the requested scopes
   * @return the request
   */
  public static TokenRequest jwtBearer(Secret assertion, String... scopes) {
    if (assertion == null || assertion.reveal().split("\\.", -1).length != 3) {
      throw new ValidationException(
          "assertion", "must be a signed JWT (three dot-separated parts)");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("assertion", assertion);
    putScopes(p, java.util.List.of(scopes));
    return new TokenRequest(GrantType.JWT_BEARER, p, false);
  }

  /**
   * Any other grant, sent as given. Values of type {@link Secret} are never logged.
   *
   * @param grantType the {@code grant_type} value
   * @param parameters the other form parameters (values: String or Secret)
   * @return the request
   */
  public static TokenRequest custom(String grantType, Map<String, ?> parameters) {
    if (grantType == null || grantType.isBlank()) {
      throw new ValidationException("grant_type", "is required");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    parameters.forEach(
        (k, v) -> {
          if (!(v instanceof String) && !(v instanceof Secret)) {
            throw new ValidationException(k, "must be a String or a Secret");
          }
          p.put(k, v);
        });
    return new TokenRequest(grantType, p, false);
  }

  /**
   * Returns the grant type.
   *
   * @return the {@code grant_type} value
   */
  public String grantType() {
    return grantType;
  }

  /**
   * Returns the parameters other than {@code grant_type}; values are {@code String} or {@link
   * Secret}.
   *
   * @return an unmodifiable map in insertion order
   */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /**
   * Tells whether sending this request twice is harmless, so it may be retried.
   *
   * @return true for client credentials and password grants
   */
  public boolean isRepeatable() {
    return repeatable;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TokenRequest[grant_type=").append(grantType);
    parameters.forEach(
        (k, v) -> sb.append(", ").append(k).append('=').append(v instanceof Secret ? "****" : v));
    return sb.append(']').toString();
  }

  private static void putScopes(Map<String, Object> p, Collection<String> scopes) {
    if (scopes != null && !scopes.isEmpty()) {
      for (String s : scopes) {
        if (s == null || s.isBlank() || s.contains(" ")) {
          throw new ValidationException("scope", "entries must be non-blank and contain no space");
        }
      }
      p.put("scope", String.join(" ", scopes));
    }
  }
}
