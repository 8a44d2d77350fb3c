package io.github.fsonboard.apim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * A base URL that is not an API Manager (an IS, a gateway, a typo'd port). Deliberately without the
 * contract-traffic check: the 404 is exactly what APIM's DCR spec does not declare.
 */
class NotAnApiManagerTest extends ApimWireMock {

  @Test
  void noClientRegistrationEndpointAsksWhetherTheBaseUrlIsAnApiManager() {
    stub(
        post(urlEqualTo("/client-registration/v0.17/register"))
            .atPriority(1)
            .willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> apim.restApiClient("admin", ADMIN_PASSWORD))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
            })
        .hasMessageContaining("is this the base URL of an API Manager")
        .hasMessageContaining(baseUrl())
        .hasMessageNotContaining(ADMIN_PASSWORD.reveal());
  }
}
