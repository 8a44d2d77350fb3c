package io.github.fsonboard.core.oidc;

/**
 * How the authorization server returns the authorization response to the redirect URI.
 *
 * <p>{@link #JWT} is JARM (JWT Secured Authorization Response Mode, the FAPI JARM profile): the
 * server signs the response parameters into one JWT and sends it as the {@code response} parameter
 * ({@code query.jwt} for {@code response_type=code}). The client checks its signature with the
 * server's keys and its {@code iss}, {@code aud} (the client) and {@code exp} before reading {@code
 * code} and {@code state} from it, so a code injected into the redirect is refused. FAPI 1 Advanced
 * §5.2.2-2 accepts {@code response_type=code} only with it (Keycloak {@code
 * SecureResponseTypeExecutor.executeOnAuthorizationRequest}: {@code response_mode=jwt}); WSO2 IS 7
 * serves it too (identity-inbound-auth-oauth {@code JwtResponseModeProvider}, {@code
 * QueryJwtResponseModeProvider}).
 */
public enum ResponseMode {
  /** No {@code response_mode} sent: the plain parameters in the query. */
  DEFAULT(null),
  /** {@code response_mode=jwt}: one signed JWT in the {@code response} parameter (JARM). */
  JWT("jwt");

  private final String value;

  ResponseMode(String value) {
    this.value = value;
  }

  /**
   * Returns the {@code response_mode} parameter's value.
   *
   * @return e.g. {@code jwt}; null for {@link #DEFAULT}, which sends none
   */
  public String value() {
    return value;
  }
}
