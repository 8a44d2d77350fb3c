package io.github.fsonboard.is.revocation;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.is.internal.FormPoster;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token revocation (RFC 7009), authenticated as the client the token was issued to. The server
 * answers 200 with an empty body, also for tokens it does not know (RFC 7009 §2.2).
 *
 * <p>Checked against IS 7.0 and 7.1 (OAuthRevocationEndpoint.revokeAccessToken): bad client
 * credentials are 401 {@code invalid_client} (sent as {@code text/html}), a token issued to another
 * client 401 {@code unauthorized_client}; both surface as an {@link
 * io.github.fsonboard.core.error.AuthenticationException} whose {@code payload().error()} tells
 * them apart.
 *
 * <pre>{@code
 * is.revocation(ClientAuthentication.clientSecretBasic(clientId, secret))
 *     .revoke(tokens.refreshToken(), RevocationClient.REFRESH_TOKEN);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RevocationClient {
  /** {@code token_type_hint} for access tokens. */
  public static final String ACCESS_TOKEN = "access_token";

  /** {@code token_type_hint} for refresh tokens. */
  public static final String REFRESH_TOKEN = "refresh_token";

  private final FormPoster poster;

  /**
   * Creates a client.
   *
   * @param transport the transport
   * @param endpoint the revocation endpoint
   * @param client the client authentication
   */
  public RevocationClient(HttpTransport transport, URI endpoint, ClientAuthentication client) {
    this.poster =
        FormPoster.of(
            transport, BaseUrl.of(String.valueOf(endpoint), "revocationEndpoint").uri(), client);
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
   * Revokes a token.
   *
   * @param token the token
   */
  public void revoke(Secret token) {
    revoke(token, null);
  }

  /**
   * Revokes a token with a type hint.
   *
   * @param token the token
   * @param tokenTypeHint {@link #ACCESS_TOKEN} or {@link #REFRESH_TOKEN}, or null
   * @throws ValidationException naming {@code token} when it is missing or empty
   */
  public void revoke(Secret token, String tokenTypeHint) {
    if (token == null || token.isEmpty()) {
      throw new ValidationException("token", "is required");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token.reveal());
    form.put("token_type_hint", tokenTypeHint);
    poster.post(form);
  }
}
