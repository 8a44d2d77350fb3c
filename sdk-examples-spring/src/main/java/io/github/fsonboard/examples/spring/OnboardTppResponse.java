package io.github.fsonboard.examples.spring;

import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import java.util.List;

/**
 * The answer of {@code POST /tpps}: what the onboarding did, with no password, key or token.
 *
 * @param username the TPP's user name
 * @param applicationId the application's id
 * @param applicationStatus the server's application status, e.g. {@code APPROVED}
 * @param subscriptions one per requested API
 * @param steps every step with its outcome
 * @param changedAnything whether the call wrote anything (false on a repeated request)
 */
public record OnboardTppResponse(
    String username,
    String applicationId,
    String applicationStatus,
    List<Subscription> subscriptions,
    List<Step> steps,
    boolean changedAnything) {

  /**
   * One subscription.
   *
   * @param api the API's name
   * @param version the API's version
   * @param status the subscription's status, e.g. {@code UNBLOCKED}
   */
  public record Subscription(String api, String version, String status) {}

  /**
   * One step.
   *
   * @param step what the step did
   * @param status DONE, SKIPPED, PENDING, ...
   */
  public record Step(String step, String status) {}

  /** Keeps only what an operator may see from the SDK's result. */
  static OnboardTppResponse of(TppOnboardingResult result) {
    return new OnboardTppResponse(
        result.username(),
        result.applicationId(),
        result.applicationStatus() == null ? null : result.applicationStatus().name(),
        result.subscriptions().stream()
            .map(s -> new Subscription(s.apiName(), s.apiVersion(), String.valueOf(s.status())))
            .toList(),
        result.steps().stream().map(s -> new Step(s.step(), s.status().name())).toList(),
        result.changedAnything());
  }
}
