package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.backoffice.TaskResult;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.SubscriptionOutcome;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The back-office example on the emulator with subscription and production key approval on. */
class BackOfficeJobTest {

  @Test
  void approvesWithServerReadEvidenceRejectsTheMissingRoleAndTheTppGetsItsKeys() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (Wso2Emulator e =
        Wso2Emulator.builder()
            .subscriptionApproval(true)
            .keyGenerationApproval("PRODUCTION")
            .build()
            .start()) {
      BackOfficeJob.Result r =
          BackOfficeJob.run(e, new PrintStream(printed, true, StandardCharsets.UTF_8));

      assertThat(r.tpp().key(KeyType.PRODUCTION).orElseThrow().consumerKey()).isNotBlank();
      assertThat(r.tpp().subscriptions())
          .extracting(SubscriptionOutcome::apiName, SubscriptionOutcome::status)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  "AccountandTransactionAPI",
                  io.github.fsonboard.apim.devportal.SubscriptionStatus.UNBLOCKED),
              org.assertj.core.groups.Tuple.tuple(
                  "PaymentInitiationAPI",
                  io.github.fsonboard.apim.devportal.SubscriptionStatus.REJECTED));
      assertThat(r.applied())
          .extracting(TaskResult::outcome)
          .containsExactlyInAnyOrder(
              TaskResult.Outcome.APPROVED,
              TaskResult.Outcome.APPROVED,
              TaskResult.Outcome.REJECTED);
      assertThat(e.state().applicationCount()).isEqualTo(1);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "REJECT SUBSCRIPTION_CREATION",
            "needs the PSD2 role(s) [PISP]",
            "certificate read (IS application approved-tpp@example.com_")
        .doesNotContain("certificate not found");
  }
}
