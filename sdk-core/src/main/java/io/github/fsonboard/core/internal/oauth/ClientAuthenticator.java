package io.github.fsonboard.core.internal.oauth;

import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.JwtBearerAssertion;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.client.ClientTransport;
import io.github.fsonboard.core.internal.uri.UriCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * Applies OAuth client authentication (RFC 6749 §2.3, RFC 7523 §2.2) to a form post: shared by the
 * token client and by the introspection and revocation clients.
 */
public final class ClientAuthenticator {
  private static final Duration CLIENT_ASSERTION_LIFETIME = Duration.ofMinutes(2);
  private static final String CLIENT_ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private ClientAuthenticator() {}

  /**
   * Adds the client's credentials to the request or the form.
   *
   * @param client how the client authenticates; null adds nothing
   * @param audience the {@code aud} of a {@code private_key_jwt} assertion (the endpoint called)
   *     unless the client authentication names its own {@link
   *     ClientAuthentication.PrivateKeyJwt#assertionAudience()}
   * @param clock the clock for the assertion's times
   * @param form the form body being built
   * @param request the request being built
   */
  public static void apply(
      ClientAuthentication client,
      String audience,
      Clock clock,
      FormBody.Builder form,
      Request.Builder request) {
    if (client instanceof ClientAuthentication.ClientSecretBasic b) {
      request.header(
          "Authorization",
          Credentials.basic(
              // RFC 6749 §2.3.1: id and secret are form-encoded before Basic encoding.
              UriCodec.formEncode(b.clientId()),
              UriCodec.formEncode(b.secret().reveal()),
              StandardCharsets.UTF_8));
    } else if (client instanceof ClientAuthentication.ClientSecretPost p) {
      form.add("client_id", p.clientId()).add("client_secret", p.secret().reveal());
    } else if (client instanceof ClientAuthentication.PrivateKeyJwt j) {
      form.add("client_id", j.clientId())
          .add("client_assertion_type", CLIENT_ASSERTION_TYPE)
          .add(
              "client_assertion",
              JwtBearerAssertion.builder()
                  .issuer(j.clientId())
                  .subject(j.clientId())
                  .audience(
                      j.assertionAudience() != null ? j.assertionAudience().toString() : audience)
                  .lifetime(CLIENT_ASSERTION_LIFETIME)
                  .clock(clock)
                  .sign(j.key())
                  .reveal());
    } else if (client != null) {
      // none and tls_client_auth (RFC 8705 §2): the id only; mutual TLS carries the proof.
      form.add("client_id", client.clientId());
    }
  }

  /**
   * The transport of a top-level OAuth client (the shared one, or a private one from the config),
   * checked with {@link #requireTransportFor}; a private transport is closed again when refused.
   *
   * @param client how the client authenticates
   * @param shared the caller's transport, or {@code null}
   * @param config settings for a private transport, or {@code null} for the defaults
   * @return the transport and its ownership
   * @throws ValidationException naming {@code clientCertificate}
   */
  public static ClientTransport transportFor(
      ClientAuthentication client, HttpTransport shared, HttpConfig config) {
    ClientTransport owned = ClientTransport.of(shared, config);
    try {
      requireTransportFor(client, owned.transport().config());
    } catch (RuntimeException e) {
      owned.close();
      throw e;
    }
    return owned;
  }

  /**
   * Refuses a {@code tls_client_auth} client on a transport that presents no client certificate:
   * the server would only answer {@code invalid_client} at the first call.
   *
   * @param client how the client authenticates; null passes
   * @param config the transport's settings
   * @throws ValidationException naming {@code clientCertificate}
   */
  public static void requireTransportFor(ClientAuthentication client, HttpConfig config) {
    if (client instanceof ClientAuthentication.TlsClientAuth
        && config.clientCertificate() == null) {
      throw new ValidationException(
          "clientCertificate",
          "tls_client_auth needs a client certificate on the transport:"
              + " set HttpConfig.Builder.clientCertificate(...)");
    }
  }
}
