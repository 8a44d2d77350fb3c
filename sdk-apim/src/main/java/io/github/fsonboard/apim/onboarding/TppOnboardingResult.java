package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.devportal.ApplicationStatus;
import io.github.fsonboard.apim.devportal.KeyType;
import java.util.List;
import java.util.Optional;

/**
 * What a TPP onboarding did (or, in {@link TppOnboardingException#partialResult()}, what it did
 * before failing).
 *
 * @param username the TPP user
 * @param applicationName the application's name, or null when none was asked for
 * @param applicationId the application's id, or null when not reached
 * @param applicationStatus the server's status, e.g. {@link ApplicationStatus#APPROVED}, or {@link
 *     ApplicationStatus#CREATED} while an approval workflow holds it; null when not reached
 * @param applicationStep SKIPPED (reused), DONE (created), PENDING (awaits approval), or null when
 *     not reached
 * @param subscriptions one per requested API, in order
 * @param keys one per requested key type, PRODUCTION before SANDBOX; read one with {@link #key}
 * @param actions each step's decision, in order: what {@link TppOnboarding#plan()} lists for the
 *     same server state (a failed step's decision is the last)
 * @param steps every step, in order
 * @param signUpPending the user signed in but may not use the Developer Portal yet: the bank has
 *     not approved the sign-up ({@code AM_USER_SIGNUP}); the application, subscriptions and keys
 *     are then BLOCKED
 */
public record TppOnboardingResult(
    String username,
    String applicationName,
    String applicationId,
    ApplicationStatus applicationStatus,
    StepStatus applicationStep,
    List<SubscriptionOutcome> subscriptions,
    List<KeyOutcome> keys,
    List<PlannedAction> actions,
    List<StepEvent> steps,
    boolean signUpPending) {

  /** Copies the collections. */
  public TppOnboardingResult {
    subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    keys = keys == null ? List.of() : List.copyOf(keys);
    actions = actions == null ? List.of() : List.copyOf(actions);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /**
   * Returns the keys of one type.
   *
   * @param type PRODUCTION or SANDBOX
   * @return the keys, or empty when not asked for or not reached
   */
  public Optional<KeyOutcome> key(KeyType type) {
    return keys.stream().filter(k -> k.keyType() == type).findFirst();
  }

  /**
   * Tells whether the TPP user's sign-up awaits the bank's approval (carbon-apimgt {@code
   * UserSignUpApprovalWorkflowExecutor}: the user exists and signs in, but holds no subscriber role
   * until approved, so nothing after the sign-in could run).
   *
   * @return true when pending
   */
  public boolean isSignUpPending() {
    return signUpPending;
  }

  /**
   * Tells whether the application awaits approval.
   *
   * @return true when pending
   */
  public boolean isApplicationPending() {
    return applicationStep == StepStatus.PENDING;
  }

  /**
   * Tells whether the run changed anything on the server.
   *
   * @return false when every step was skipped as already done
   */
  public boolean changedAnything() {
    return steps.stream()
        .anyMatch(s -> s.status() == StepStatus.DONE && !s.step().startsWith("sign in"));
  }
}
