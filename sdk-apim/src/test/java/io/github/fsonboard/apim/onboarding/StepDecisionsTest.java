package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.devportal.ApiInfo;
import io.github.fsonboard.apim.devportal.ApplicationInfo;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.Subscription;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decisions for server states the emulator cannot produce: a rejected application, and
 * subscriptions the publisher blocked or in a state this SDK does not know (carbon-apimgt
 * APIConstants.SubscriptionStatus).
 */
class StepDecisionsTest {
  private static final ApplicationRequest APP =
      ApplicationRequest.builder().name("Accounts App").build();
  private static final SubscriptionSpec SPEC = new SubscriptionSpec("AccountsAPI", "1.0.0", "Gold");
  private static final ApiInfo API =
      new ApiInfo(
          "api-1",
          "AccountsAPI",
          null,
          null,
          "1.0.0",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  private static ApplicationInfo application(String status) {
    return new ApplicationInfo(
        "app-1", "Accounts App", "Unlimited", null, status, null, 0, null, "tpp");
  }

  private static Subscription subscription(String status) {
    return new Subscription("sub-1", "app-1", "api-1", null, null, "Gold", null, status, null);
  }

  @Test
  void aRejectedApplicationIsBlockedAndSaysWhatToDo() {
    Decided<ApplicationInfo> d =
        TppRun.decideApplication(APP, java.util.Optional.of(application("REJECTED")));

    assertThat(d.kind()).isEqualTo(Action.BLOCKED);
    assertThat(d.action().detail()).contains("rejected").contains("another name");
    assertThat(d.action().isChange()).isFalse();
  }

  @Test
  void anApplicationInAStateThisSdkDoesNotKnowIsReusedAsItIs() {
    Decided<ApplicationInfo> d =
        TppRun.decideApplication(APP, java.util.Optional.of(application("SOMETHING_NEW")));

    assertThat(d.action())
        .isEqualTo(
            new PlannedAction(
                "application Accounts App", Action.NONE, "exists (SOMETHING_NEW)", null));
  }

  @Test
  void aBlockedOrUnknownSubscriptionIsReusedAndNeverSubscribedAgain() {
    for (String status : List.of("BLOCKED", "PROD_ONLY_BLOCKED", "SOMETHING_NEW")) {
      Decided<Subscription> d =
          TppRun.decideSubscription(SPEC, API, null, List.of(subscription(status)));

      assertThat(d.kind()).as(status).isEqualTo(Action.NONE);
      assertThat(d.action().detail()).contains(status);
      assertThat(d.found().subscriptionId()).isEqualTo("sub-1");
    }
  }

  @Test
  void aSubscriptionOnHoldIsPendingAndAWaitingApplicationBlocksTheRest() {
    assertThat(TppRun.decideSubscription(SPEC, API, null, List.of(subscription("ON_HOLD"))).kind())
        .isEqualTo(Action.PENDING);
    assertThat(
            TppRun.decideSubscription(SPEC, API, "the application awaits approval", List.of())
                .action())
        .isEqualTo(
            new PlannedAction(
                "subscribe AccountsAPI 1.0.0 (Gold)",
                Action.BLOCKED,
                "the application awaits approval",
                null));
  }
}
