package io.github.fsonboard.apim;

import io.github.fsonboard.apim.admin.AdminPortal;
import io.github.fsonboard.apim.auth.RestApiClient;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.apim.publisher.PublisherPortal;
import io.github.fsonboard.core.auth.TokenProvider;
import java.util.List;

/**
 * One user signed in to the API Manager REST APIs: a caching token provider (password grant with
 * the user's REST-API client, refresh token first) and the APIs it authorizes. Thread-safe; share
 * it between threads and calls. Tokens are fetched on first use, refreshed before they expire, and
 * a 401 makes the SDK fetch a new one and retry once.
 *
 * <pre>{@code
 * ApimSession admin = apim.admin("admin", adminPassword);
 * admin.adminPortal().keyManagers().list();
 * }</pre>
 */
public final class ApimSession {
  private final String username;
  private final List<String> scopes;
  private final RestApiClient client;
  private final TokenProvider tokens;
  private final AdminPortal admin;
  private final DevPortal devportal;
  private final PublisherPortal publisher;

  ApimSession(
      String username,
      List<String> scopes,
      RestApiClient client,
      TokenProvider tokens,
      AdminPortal admin,
      DevPortal devportal,
      PublisherPortal publisher) {
    this.username = username;
    this.scopes = List.copyOf(scopes);
    this.client = client;
    this.tokens = tokens;
    this.admin = admin;
    this.devportal = devportal;
    this.publisher = publisher;
  }

  /**
   * The Admin API v4 (needs the admin scopes, see {@link ApiManager#admin}).
   *
   * @return the client
   */
  public AdminPortal adminPortal() {
    return admin;
  }

  /**
   * The Publisher API v4 (the bank's side of subscriptions; needs the publisher scopes of {@link
   * io.github.fsonboard.apim.auth.ApimScopes#ADMIN}).
   *
   * @return the client
   */
  public PublisherPortal publisherPortal() {
    return publisher;
  }

  /**
   * The Developer Portal API v3.
   *
   * @return the client
   */
  public DevPortal devPortal() {
    return devportal;
  }

  /**
   * The token provider behind this session, e.g. to call another APIM API.
   *
   * @return the provider
   */
  public TokenProvider tokens() {
    return tokens;
  }

  /**
   * The user's REST-API client; store it to sign in later without registering again.
   *
   * @return the client
   */
  public RestApiClient client() {
    return client;
  }

  /**
   * The signed-in user.
   *
   * @return the user name
   */
  public String username() {
    return username;
  }

  /**
   * The scopes requested at sign-in (the server may grant fewer).
   *
   * @return the scopes
   */
  public List<String> scopes() {
    return scopes;
  }

  @Override
  public String toString() {
    return "ApimSession[user=" + username + ", scopes=" + scopes + "]";
  }
}
