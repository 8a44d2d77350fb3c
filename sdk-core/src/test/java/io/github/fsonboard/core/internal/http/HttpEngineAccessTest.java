package io.github.fsonboard.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import org.junit.jupiter.api.Test;

/** The transport's engine is reachable through the one accessor {@link HttpTransport} registers. */
class HttpEngineAccessTest {
  @Test
  void aSecondRegistrationIsRefusedAndTheFirstStays() {
    HttpConfig config = HttpConfig.defaults();
    HttpTransport transport = HttpTransport.create(config); // its class registered the accessor
    try {
      assertThatThrownBy(() -> HttpEngine.registerAccess(t -> null))
          .isInstanceOf(FsOnboardException.class)
          .hasMessageContaining("already registered");
      assertThat(HttpEngine.of(transport).config()).isSameAs(transport.config());
    } finally {
      transport.close();
    }
  }
}
