package io.github.fsonboard.core.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientTransportTest {

  @Test
  void aTransportBuiltFromTheConfigIsOwnedAndClosedWithTheClient() {
    HttpConfig config = HttpConfig.builder().callTimeout(Duration.ofSeconds(7)).build();
    ClientTransport t = ClientTransport.of(null, config);

    assertThat(t.owned()).isTrue();
    assertThat(t.transport().config()).isSameAs(config);
    t.close();
    assertThat(HttpEngine.of(t.transport()).isClosed()).isTrue();
    t.close(); // idempotent
  }

  @Test
  void noConfigMeansTheSafeDefaults() {
    try (ClientTransport t = ClientTransport.of(null, null)) {
      assertThat(t.owned()).isTrue();
      assertThat(t.transport().config().callTimeout())
          .isEqualTo(HttpConfig.defaults().callTimeout());
    }
  }

  @Test
  void aSharedTransportIsUsedAsIsAndStaysOpen() {
    try (HttpTransport shared = HttpTransport.create(HttpConfig.defaults())) {
      ClientTransport t = ClientTransport.of(shared, HttpConfig.builder().build());

      assertThat(t.owned()).isFalse();
      assertThat(t.transport()).isSameAs(shared);
      t.close();
      assertThat(HttpEngine.of(shared).isClosed()).isFalse();
    }
  }
}
