package io.github.fsonboard.apim.publisher;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;

/**
 * The API Manager Publisher REST API v4 ({@code /api/am/publisher/v4}) for a signed-in bank user.
 * Thread-safe; get it from {@link io.github.fsonboard.apim.ApimSession#publisherPortal()} of a
 * session signed in with {@link io.github.fsonboard.apim.auth.ApimScopes#ADMIN}.
 *
 * <pre>{@code
 * PublisherPortal publisher = apim.admin("admin", adminPassword).publisherPortal();
 * publisher.subscriptions().block(subscriptionId, BlockState.PROD_ONLY_BLOCKED);
 * }</pre>
 */
public final class PublisherPortal {
  private final PublisherSubscriptionsClient subscriptions;

  private PublisherPortal(PublisherService service) {
    this.subscriptions = new PublisherSubscriptionsClient(service);
  }

  /**
   * Creates the client for tokens obtained any way you like (normally {@link
   * io.github.fsonboard.apim.ApiManager#signIn} does this for you).
   *
   * @param transport the HTTP transport
   * @param apimBaseUrl the API Manager, e.g. {@code https://apim.bank.example:9443}
   * @param tokens bearer tokens carrying {@code apim:subscription_view} and {@code
   *     apim:subscription_block}
   * @return the client
   */
  public static PublisherPortal create(
      HttpTransport transport, BaseUrl apimBaseUrl, TokenProvider tokens) {
    BaseUrl base = BaseUrl.of(apimBaseUrl.resolve("/api/am/publisher/v4").toString());
    return new PublisherPortal(
        HttpEngine.of(transport)
            .service(base, Authentication.bearer(tokens), PublisherService.class));
  }

  /**
   * Subscriptions to the bank's APIs: {@code /subscriptions}.
   *
   * @return the client
   */
  public PublisherSubscriptionsClient subscriptions() {
    return subscriptions;
  }
}
