package io.github.fsonboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Wso2EmulatorExtensionTest {

  @RegisterExtension
  static Wso2EmulatorExtension wso2 =
      Wso2EmulatorExtension.with(
          Wso2Emulator.builder()
              .adminCredentials("root", "root-pass")
              .fixture(
                  Fixture.builder()
                      .applicationPolicies("Unlimited")
                      .subscriptionPolicies("Unlimited")
                      .api("OnlyAPI", "1.0.0", "/only", "Unlimited")
                      .user("seeded@example.com", "Seeded-pass-1", "Internal/subscriber")
                      .build()));

  Wso2Emulator field;

  @Test
  void injectsTheSameConfiguredEmulatorIntoFieldParameterAndExtension(Wso2Emulator param) {
    assertThat(param).isSameAs(field).isSameAs(wso2.emulator());
    assertThat(param.adminUsername()).isEqualTo("root");
    assertThat(param.state().usernames()).containsExactly("root", "seeded@example.com");
    TestHttp http = new TestHttp(param);
    assertThat(http.apim("GET", "/api/am/devportal/v3/apis", null, null).list())
        .extracting(a -> a.get("name"))
        .containsExactly("OnlyAPI");
    assertThat(http.signIn("seeded@example.com", "Seeded-pass-1", TestHttp.TPP_SCOPES))
        .isNotBlank();
  }

  @Test
  void fixtureRejectsUndeclaredTiers() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Fixture.builder().api("A", "1", "/a", "Gold").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
