package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each step decides once: for every scenario, a dry run made just before a run lists exactly the
 * actions the run then records (including the failed step's, as the last).
 */
class PlanIsRunScenarioTest {
  private static final String KM = TppOnboardingScenarioTest.KM;

  /** Plans, then runs the same onboarding with a new client, and returns both. */
  private record PlanAndRun(Plan plan, List<PlannedAction> ran) {
    List<Action> kinds() {
      return plan.actions().stream().map(PlannedAction::action).toList();
    }
  }

  private static PlanAndRun planThenRun(
      Wso2Emulator e, String user, String app, Consumer<KeySpec.Builder> production) {
    Plan plan;
    try (ApiManager apim = Emulated.apim(e)) {
      plan = TppOnboardingScenarioTest.tpp(apim, e, user, app, production).build().plan();
    }
    try (ApiManager apim = Emulated.apim(e)) {
      TppOnboarding tpp = TppOnboardingScenarioTest.tpp(apim, e, user, app, production).build();
      try {
        return new PlanAndRun(plan, tpp.run().actions());
      } catch (TppOnboardingException failed) {
        return new PlanAndRun(plan, failed.partialResult().actions());
      }
    }
  }

  private static PlanAndRun planThenRun(Wso2Emulator e, String user, String app) {
    return planThenRun(e, user, app, k -> {});
  }

  @Test
  void freshThenReRunThenDrift() {
    try (Wso2Emulator e = Wso2Emulator.builder().build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = TppOnboardingScenarioTest.user();
      String app = Emulated.unique("Plan App");

      PlanAndRun fresh = planThenRun(e, user, app);
      assertThat(fresh.ran()).isEqualTo(fresh.plan().actions());
      assertThat(fresh.kinds())
          .containsExactly(
              Action.CREATE,
              Action.NONE,
              Action.CREATE,
              Action.CREATE,
              Action.CREATE,
              Action.CREATE,
              Action.CREATE);

      PlanAndRun again = planThenRun(e, user, app);
      assertThat(again.ran()).isEqualTo(again.plan().actions());
      assertThat(again.plan().hasChanges()).isFalse();

      PlanAndRun drift =
          planThenRun(e, user, app, k -> k.callbackUrl("https://tpp.example.com/other"));
      assertThat(drift.ran()).isEqualTo(drift.plan().actions());
      assertThat(drift.plan().changes())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.action()).isEqualTo(Action.UPDATE);
                assertThat(a.changedFields()).contains("callbackUrl");
              });
    }
  }

  @Test
  void pendingApplicationBlocksTheSameStepsInThePlanAndTheRun() {
    try (Wso2Emulator e = Wso2Emulator.builder().applicationApproval(true).build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = TppOnboardingScenarioTest.user();
      String app = Emulated.unique("Pending App");
      planThenRun(e, user, app); // creates the application, which the workflow then holds

      PlanAndRun pending = planThenRun(e, user, app);

      assertThat(pending.ran()).isEqualTo(pending.plan().actions());
      assertThat(pending.kinds())
          .containsExactly(
              Action.NONE,
              Action.NONE,
              Action.PENDING,
              Action.BLOCKED,
              Action.BLOCKED,
              Action.BLOCKED,
              Action.BLOCKED);
      assertThat(pending.plan().hasChanges()).isFalse();
    }
  }

  @Test
  void subscriptionsOnHoldArePendingInThePlanAndTheRun() {
    try (Wso2Emulator e = Wso2Emulator.builder().subscriptionApproval(true).build().start()) {
      Emulated.fsKeyManager(e, KM);
      String user = TppOnboardingScenarioTest.user();
      String app = Emulated.unique("Held App");
      planThenRun(e, user, app);

      PlanAndRun held = planThenRun(e, user, app);

      assertThat(held.ran()).isEqualTo(held.plan().actions());
      assertThat(held.kinds())
          .containsExactly(
              Action.NONE,
              Action.NONE,
              Action.NONE,
              Action.PENDING,
              Action.PENDING,
              Action.NONE,
              Action.NONE);
    }
  }

  /** FS FSKeyManagerUtil refuses a certificate it finds expired (its clock is ahead here). */
  @Test
  void aRefusedCertificateFailsTheStepThePlanNamed() {
    Clock ahead = Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC);
    try (Wso2Emulator e = Wso2Emulator.builder().clock(ahead).build().start()) {
      Emulated.fsKeyManager(e, KM);

      PlanAndRun refused =
          planThenRun(e, TppOnboardingScenarioTest.user(), Emulated.unique("Cert App"));

      assertThat(refused.ran()).isNotEmpty();
      assertThat(refused.ran())
          .isEqualTo(refused.plan().actions().subList(0, refused.ran().size()));
      assertThat(refused.ran().get(refused.ran().size() - 1).step()).startsWith("keys PRODUCTION");
    }
  }

  @Test
  void aDuplicateKeyTypeIsRefusedAlikeByThePlanAndTheRun() {
    try (Wso2Emulator e = Wso2Emulator.builder().build().start();
        ApiManager apim = Emulated.apim(e)) {
      Emulated.fsKeyManager(e, KM);
      TppOnboarding twice =
          TppOnboardingScenarioTest.tpp(
                  apim, e, TppOnboardingScenarioTest.user(), Emulated.unique("Twice App"))
              .keys(KeyType.SANDBOX, k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS))
              .build();

      ValidationException planned = catchThrowableOfType(ValidationException.class, twice::plan);
      ValidationException ran = catchThrowableOfType(ValidationException.class, twice::run);

      assertThat(planned.violations()).isEqualTo(ran.violations());
      assertThat(planned.violations())
          .anySatisfy(v -> assertThat(v.message()).contains("SANDBOX is given more than once"));
      assertThat(e.state().applicationCount()).isZero();
    }
  }
}
