package io.github.fsonboard.core.oauth;

/** The OAuth 2.0 grant types the SDK sends, as their wire values. */
public final class GrantType {
  /** RFC 6749 §4.4. */
  public static final String CLIENT_CREDENTIALS = "client_credentials";

  /** RFC 6749 §4.3 (APIM's REST-API sign-in uses it). */
  public static final String PASSWORD = "password";

  /** RFC 6749 §4.1. */
  public static final String AUTHORIZATION_CODE = "authorization_code";

  /** RFC 6749 §6. */
  public static final String REFRESH_TOKEN = "refresh_token";

  /** RFC 7523 §2.1. */
  public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private GrantType() {}
}
