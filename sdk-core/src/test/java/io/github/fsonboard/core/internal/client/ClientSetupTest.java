package io.github.fsonboard.core.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.BaseUrl;
import org.junit.jupiter.api.Test;

class ClientSetupTest {

  @Test
  void everyBadValueIsReportedAtOnce() {
    ClientSetup setup = new ClientSetup();
    assertThat(setup.baseUrl("baseUrl", "not a url")).isNull();
    assertThat(setup.endpoint("tokenEndpoint", "https://is.example/token?x=1")).isNull();
    java.time.Clock clock = setup.required("clock", null);
    assertThat(clock).isNull();

    ClientSetup.Check check = setup.check();
    check.require(false, "tenant", "must be a domain name");

    assertThatThrownBy(check::throwIfInvalid)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("baseUrl", "tokenEndpoint", "clock", "tenant"))
        .hasMessageStartingWith("4 invalid values");
  }

  @Test
  void theLastValueSetWinsForProblemsToo() {
    ClientSetup setup = new ClientSetup();
    setup.baseUrl("baseUrl", "ftp://apim.example");
    BaseUrl good = setup.baseUrl("baseUrl", "https://apim.example:9443/");

    assertThat(good.toString()).isEqualTo("https://apim.example:9443");
    assertThat(setup.isRejected("baseUrl")).isFalse();
    assertThatCode(() -> setup.check().throwIfInvalid()).doesNotThrowAnyException();

    setup.required("clock", null);
    setup.accepted("clock", java.time.Clock.systemUTC());
    assertThat(setup.check().isValid()).isTrue();
  }

  @Test
  void aFieldAlreadyRefusedIsNotAlsoReportedAsMissing() {
    ClientSetup setup = new ClientSetup();
    setup.baseUrl("baseUrl", "https://user:pw@apim.example");

    ClientSetup.Check check = setup.check();
    check.require(false, "baseUrl", "is required");

    assertThatThrownBy(check::throwIfInvalid)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.getMessage())
                  .contains("must not carry credentials")
                  .doesNotContain("pw");
            });
  }

  @Test
  void eachBuildStartsAFreshCheck() {
    ClientSetup setup = new ClientSetup();
    setup.baseUrl("baseUrl", null);
    setup.check().require(false, "tenant", "bad");

    assertThatThrownBy(() -> setup.check().throwIfInvalid())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("baseUrl", "is required")));
  }
}
