package io.github.fsonboard.micrometer;

import io.github.fsonboard.core.observe.HttpAttemptEvent;
import io.github.fsonboard.core.observe.OnboardingStepEvent;
import io.github.fsonboard.core.observe.SdkListener;
import io.github.fsonboard.core.observe.TokenFetchEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * Records the SDK's events as Micrometer meters. Every tag has a small, fixed set of values (route
 * templates, never raw URLs; step kinds, never user or application names), so the number of time
 * series stays bounded whatever is onboarded.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Name</th><th>Type</th><th>Tags</th></tr>
 *   <tr><td>{@code fsonboard.http.attempts}</td><td>timer</td>
 *       <td>{@code target, method, route, status, error, attempt}</td></tr>
 *   <tr><td>{@code fsonboard.http.retries}</td><td>counter</td>
 *       <td>{@code target, method, route, reason}</td></tr>
 *   <tr><td>{@code fsonboard.token.fetches}</td><td>timer</td>
 *       <td>{@code target, refresh, outcome, error}</td></tr>
 *   <tr><td>{@code fsonboard.onboarding.steps}</td><td>timer</td>
 *       <td>{@code target, kind, outcome}</td></tr>
 * </table>
 *
 * <pre>{@code
 * HttpConfig config = HttpConfig.builder()
 *     .listener(new MicrometerSdkListener(registry, "prod"))
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class MicrometerSdkListener implements SdkListener {
  /** Timer of every HTTP attempt. */
  public static final String HTTP_ATTEMPTS = "fsonboard.http.attempts";

  /** Counter of attempts followed by a retry. */
  public static final String HTTP_RETRIES = "fsonboard.http.retries";

  /** Timer of token fetches. */
  public static final String TOKEN_FETCHES = "fsonboard.token.fetches";

  /** Timer of finished onboarding steps. */
  public static final String ONBOARDING_STEPS = "fsonboard.onboarding.steps";

  private final MeterRegistry registry;
  private final Tags common;

  /**
   * Records into a registry with the target tag {@code default}.
   *
   * @param registry the registry
   */
  public MicrometerSdkListener(MeterRegistry registry) {
    this(registry, "default");
  }

  /**
   * Records into a registry, tagging every meter with the target (environment) name, e.g. when one
   * application onboards on a sandbox and a production stack.
   *
   * @param registry the registry
   * @param target the target's name (a tag value: keep it to a fixed set of names)
   */
  public MicrometerSdkListener(MeterRegistry registry, String target) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.common = Tags.of("target", Objects.requireNonNull(target, "target"));
  }

  @Override
  public void onHttpAttempt(HttpAttemptEvent e) {
    Tags route = common.and("method", e.method(), "route", e.route());
    Timer.builder(HTTP_ATTEMPTS)
        .description("HTTP attempts made by the FS Onboard SDK, retries included")
        .tags(route)
        .tags(
            Tags.of(
                Tag.of("status", e.status() == 0 ? "NONE" : Integer.toString(e.status())),
                Tag.of("error", e.errorKind().name()),
                // 1, 2, or "3+" would add nothing: attempts are capped by the retry policy.
                Tag.of("attempt", e.attempt() == 1 ? "first" : "retry")))
        .register(registry)
        .record(e.duration());
    if (e.retried()) {
      Counter.builder(HTTP_RETRIES)
          .description("HTTP attempts the FS Onboard SDK followed with another attempt")
          .tags(route.and("reason", e.retryReason().name()))
          .register(registry)
          .increment();
    }
  }

  @Override
  public void onTokenFetch(TokenFetchEvent e) {
    Timer.builder(TOKEN_FETCHES)
        .description("Access tokens fetched by the FS Onboard SDK's token caches")
        .tags(common)
        .tag("refresh", Boolean.toString(e.refresh()))
        .tag("outcome", e.success() ? "success" : "failure")
        .tag("error", e.error().isEmpty() ? "none" : e.error())
        .register(registry)
        .record(e.duration());
  }

  @Override
  public void onOnboardingStep(OnboardingStepEvent e) {
    Timer.builder(ONBOARDING_STEPS)
        .description("Onboarding steps run by the FS Onboard SDK")
        .tags(common)
        .tag("kind", e.kind())
        .tag("outcome", e.outcome())
        .register(registry)
        .record(e.duration());
  }

  @Override
  public String toString() {
    return "MicrometerSdkListener" + common;
  }
}
