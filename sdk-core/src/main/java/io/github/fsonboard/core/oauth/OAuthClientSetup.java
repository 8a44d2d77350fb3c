package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.builder.BuilderProblems;
import io.github.fsonboard.core.internal.client.ClientSetup;
import io.github.fsonboard.core.internal.client.ClientTransport;
import io.github.fsonboard.core.internal.oauth.ClientAuthenticator;
import java.net.URI;
import java.time.Clock;

/**
 * What every client of one OAuth endpoint ({@link OAuthTokenClient}, {@link
 * PushedAuthorizationClient}) is configured with: the endpoint, the client authentication, the
 * transport (shared, or private from a config) and the clock. Their builders delegate here, so both
 * refuse and report these settings in the same words.
 *
 * <p>One instance per builder; not thread-safe (builders are not).
 */
final class OAuthClientSetup {
  private final String endpointField;
  // setters record refused values here so that build() names every bad field at once
  private final ClientSetup problems = new ClientSetup();
  private URI endpoint;
  private ClientAuthentication clientAuthentication;
  private HttpTransport transport;
  private HttpConfig httpConfig;
  private Clock clock = Clock.systemUTC();

  /**
   * Starts the settings of one builder.
   *
   * @param endpointField the builder's name for its endpoint setting, used in messages
   */
  OAuthClientSetup(String endpointField) {
    this.endpointField = endpointField;
  }

  void endpoint(String url) {
    this.endpoint = problems.endpoint(endpointField, url);
  }

  void endpoint(URI uri) {
    endpoint(uri == null ? null : uri.toString());
  }

  void clientAuthentication(ClientAuthentication clientAuthentication) {
    this.clientAuthentication = clientAuthentication;
  }

  void transport(HttpTransport transport) {
    this.transport = transport;
  }

  void httpConfig(HttpConfig httpConfig) {
    this.httpConfig = httpConfig;
  }

  void clock(Clock clock) {
    this.clock = problems.required("clock", clock);
  }

  URI endpoint() {
    return endpoint;
  }

  ClientAuthentication clientAuthentication() {
    return clientAuthentication;
  }

  Clock clock() {
    return clock;
  }

  /**
   * Starts {@code build()}'s check with the problems the setters met and the settings every OAuth
   * client needs; the builder adds its own before {@link BuilderProblems.Check#throwIfInvalid()}.
   *
   * @return the check
   */
  BuilderProblems.Check check() {
    BuilderProblems.Check check = problems.check();
    check.require(endpoint != null, endpointField, "is required");
    check.require(clientAuthentication != null, "clientAuthentication", "is required");
    return check;
  }

  /**
   * The transport to call through, once {@link #check()} passed: the shared one, or a private one
   * the client owns; refused (and a private one closed again) when the client authentication needs
   * a client certificate the transport does not present.
   *
   * @return the transport and its ownership
   */
  ClientTransport openTransport() {
    return ClientAuthenticator.transportFor(clientAuthentication, transport, httpConfig);
  }
}
