package io.github.fsonboard.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** A start with bad {@code fsonboard.*} properties stops with every bad property named at once. */
class BackOfficeServicePropertiesTest {

  @Test
  void aStartWithBadPropertiesNamesEveryOne() {
    SpringApplication app = new SpringApplication(BackOfficeService.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(
            () ->
                app.run(
                    "--fsonboard.apim-url=ftp://apim.bank.example",
                    "--fsonboard.is-url=not a url",
                    "--fsonboard.timeouts.read=0s",
                    "--fsonboard.proxy.host=proxy",
                    "--fsonboard.proxy.port=70000",
                    "--fsonboard.admin.username=admin"))
        .hasMessageContainingAll(
            "fsonboard.apim-url",
            "fsonboard.is-url",
            "fsonboard.timeouts.read",
            "fsonboard.proxy.port",
            "fsonboard.admin.password")
        .rootCause()
        .asInstanceOf(InstanceOfAssertFactories.type(ValidationException.class))
        .satisfies(
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder(
                        "fsonboard.apim-url",
                        "fsonboard.is-url",
                        "fsonboard.timeouts.read",
                        "fsonboard.proxy.port",
                        "fsonboard.admin.password"));
  }
}
