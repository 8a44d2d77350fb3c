package io.github.fsonboard.core.error;

import java.util.Locale;

/**
 * The registered OAuth 2.0 {@code error} codes, so a caller matches on a constant instead of a
 * string and whatever HTTP status carried it: {@code invalid_client} is a 401 for a client secret
 * but a 400 for {@code private_key_jwt} on some servers. Codes the enum does not list are {@link
 * #OTHER}; the exact string stays in {@link ErrorPayload#error()}.
 *
 * <pre>{@code
 * try {
 *   tokens.request(TokenRequest.authorizationCode(code, redirectUri, verifier.asSecret()));
 * } catch (ApiException e) {
 *   if (e.oauthError().orElse(null) == OAuthError.INVALID_GRANT) {
 *     // the code was used, expired or bound to another client: start the flow again
 *   }
 * }
 * }</pre>
 */
public enum OAuthError {
  /** RFC 6749 §5.2, §4.1.2.1: a parameter is missing, repeated or malformed. */
  INVALID_REQUEST,
  /** RFC 6749 §5.2: client authentication failed. */
  INVALID_CLIENT,
  /**
   * RFC 6749 §5.2: the code, refresh token or assertion is invalid, expired or not this client's.
   */
  INVALID_GRANT,
  /** RFC 6749 §5.2: this client may not use this grant type. */
  UNAUTHORIZED_CLIENT,
  /** RFC 6749 §5.2: the server does not support the grant type. */
  UNSUPPORTED_GRANT_TYPE,
  /** RFC 6749 §5.2: the scope is invalid, unknown or beyond what was granted. */
  INVALID_SCOPE,
  /** RFC 6749 §4.1.2.1: the user or the server refused the request. */
  ACCESS_DENIED,
  /** RFC 6749 §4.1.2.1: the server does not support the response type. */
  UNSUPPORTED_RESPONSE_TYPE,
  /** RFC 6749 §4.1.2.1: the server failed unexpectedly. */
  SERVER_ERROR,
  /** RFC 6749 §4.1.2.1: the server is overloaded or in maintenance. */
  TEMPORARILY_UNAVAILABLE,
  /** RFC 6750 §3.1: the access token is expired, revoked or malformed. */
  INVALID_TOKEN,
  /** RFC 6750 §3.1: the access token lacks the scope the resource needs. */
  INSUFFICIENT_SCOPE,
  /** OpenID Connect Core §3.1.2.6: the user must interact ({@code prompt=none} failed). */
  INTERACTION_REQUIRED,
  /** OpenID Connect Core §3.1.2.6: the user must sign in. */
  LOGIN_REQUIRED,
  /** OpenID Connect Core §3.1.2.6: the user must choose an account. */
  ACCOUNT_SELECTION_REQUIRED,
  /** OpenID Connect Core §3.1.2.6: the user must consent. */
  CONSENT_REQUIRED,
  /** OpenID Connect Core §3.1.2.6, RFC 9126 §2.2: the {@code request_uri} is invalid or used. */
  INVALID_REQUEST_URI,
  /** OpenID Connect Core §3.1.2.6, RFC 9101: the request object is invalid. */
  INVALID_REQUEST_OBJECT,
  /** OpenID Connect Core §3.1.2.6: the server does not support request objects. */
  REQUEST_NOT_SUPPORTED,
  /** OpenID Connect Core §3.1.2.6: the server does not support {@code request_uri}. */
  REQUEST_URI_NOT_SUPPORTED,
  /** OpenID Connect Core §3.1.2.6: the server does not support {@code registration}. */
  REGISTRATION_NOT_SUPPORTED,
  /** RFC 7591 §3.2.2: a redirect URI in a registration is invalid. */
  INVALID_REDIRECT_URI,
  /** RFC 7591 §3.2.2: a client metadata value is invalid. */
  INVALID_CLIENT_METADATA,
  /** RFC 7591 §3.2.2: the software statement is invalid. */
  INVALID_SOFTWARE_STATEMENT,
  /** RFC 7591 §3.2.2: the software statement is not approved for this server. */
  UNAPPROVED_SOFTWARE_STATEMENT,
  /** RFC 8628 §3.5: the user has not finished the device flow yet. */
  AUTHORIZATION_PENDING,
  /** RFC 8628 §3.5: poll the token endpoint more slowly. */
  SLOW_DOWN,
  /** RFC 8628 §3.5: the device code expired. */
  EXPIRED_TOKEN,
  /** RFC 7009 §2.2.1: the server cannot revoke this token type. */
  UNSUPPORTED_TOKEN_TYPE,
  /** RFC 8707 §2: the {@code resource} is invalid or unknown. */
  INVALID_TARGET,
  /** RFC 9449 §5: the DPoP proof is invalid. */
  INVALID_DPOP_PROOF,
  /** RFC 9449 §8: retry with the server-provided DPoP nonce. */
  USE_DPOP_NONCE,
  /** A code this enum does not list; read the string from {@link ErrorPayload#error()}. */
  OTHER;

  /**
   * Returns the code as sent on the wire.
   *
   * @return e.g. {@code invalid_client}; {@code null} for {@link #OTHER}
   */
  public String code() {
    return this == OTHER ? null : name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps a code as sent on the wire.
   *
   * @param code e.g. {@code invalid_grant}; compared exactly, as RFC 6749 §5.2 defines the values
   * @return the constant, or {@link #OTHER} for an unlisted or null code
   */
  public static OAuthError of(String code) {
    if (code != null) {
      for (OAuthError e : values()) {
        if (code.equals(e.code())) {
          return e;
        }
      }
    }
    return OTHER;
  }
}
