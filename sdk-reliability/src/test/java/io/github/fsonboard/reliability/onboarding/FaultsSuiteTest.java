package io.github.fsonboard.reliability.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.onboarding.TppOnboardingException;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.InjectedFault;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability suite 1 (issue #8): 200 TPPs onboarded on the emulator while about 20% of the flow's
 * requests are faulted (seeded, so a run is repeatable): connection resets, empty responses, 5xx,
 * 429 with Retry-After, latency beyond the SDK's read timeout, both before the handler runs (the
 * write did not happen) and after it committed (the write happened, the response was lost). Every
 * TPP must end onboarded after at most a second run, with no duplicate users, applications,
 * subscriptions or key mappings.
 */
class FaultsSuiteTest {
  private static final int TPPS = 200;
  private static final long SEED = 20260808L;
  private static final double RANDOM_RATE = 0.2;
  private static final double AFTER_COMMIT_RATE_PER_TPP = 0.35;
  private static final Duration READ_TIMEOUT = Duration.ofMillis(200);
  private static final Duration LATENCY = Duration.ofMillis(350);
  private static final Secret PASSWORD = Secret.of("Tpp-faults-pw-7Yq!");

  /** The write routes of the flow, where a lost response matters. */
  private static final List<FaultRule> WRITES =
      List.of(
          FaultRule.on("POST", "/api/identity/user/v1\\.0/me"),
          FaultRule.on("POST", "/client-registration/v0\\.17/register"),
          FaultRule.on("POST", "/oauth2/token").target(FaultRule.Target.APIM),
          FaultRule.on("POST", "/api/am/devportal/v3/applications"),
          FaultRule.on("POST", "/api/am/devportal/v3/subscriptions"),
          FaultRule.on("POST", "/api/am/devportal/v3/applications/[^/]+/generate-keys"));

  private static final List<InjectedFault> AFTER_COMMIT =
      List.of(
          InjectedFault.emptyResponse(),
          InjectedFault.connectionReset(),
          InjectedFault.status(500),
          InjectedFault.status(503));

  /**
   * Runs the suite with the default retry policy and again with {@link
   * RetryPolicy.Builder#retryRateLimitedPosts(boolean)}: the opt-in must save first-run failures
   * without creating a single duplicate.
   */
  @ParameterizedTest(name = "retryRateLimitedPosts={0}")
  @ValueSource(booleans = {false, true})
  void everyTppEndsOnboardedWithoutDuplicates(boolean retryRateLimitedPosts) {
    try (Wso2Emulator emulator = Wso2Emulator.builder().build().start();
        RequestCounter requests = RequestCounter.open()) {
      String certificate = Flow.certificatePem();
      try (ApiManager admin = apim(emulator, Duration.ofSeconds(10))) {
        Flow.keyManager(
            admin, emulator, emulator.adminUsername(), Secret.of(emulator.adminPassword()));
      }
      Flow.Counts before = Flow.Counts.of(emulator.state());
      long injectedBefore = emulator.faults().injectedCount();
      requests.reset();
      emulator
          .faults()
          .randomly(
              SEED,
              RANDOM_RATE,
              InjectedFault.connectionReset(),
              InjectedFault.emptyResponse(),
              InjectedFault.status(500),
              InjectedFault.status(502),
              InjectedFault.status(503),
              InjectedFault.tooManyRequests(1),
              InjectedFault.tooManyRequests(1),
              InjectedFault.latency(LATENCY));
      Random afterCommit = new Random(SEED);
      List<String> users = new ArrayList<>();
      List<Integer> failed = new ArrayList<>();
      Map<String, Integer> failedSteps = new TreeMap<>();
      int armed = 0;
      int withApplication = 0;
      Map<Integer, String> partialAppIds = new TreeMap<>();
      Map<String, Integer> causes = new TreeMap<>();
      try (ApiManager apim = apim(emulator, READ_TIMEOUT, retryRateLimitedPosts)) {
        for (int i = 0; i < TPPS; i++) {
          String user = Flow.user(i);
          users.add(user);
          if (afterCommit.nextDouble() < AFTER_COMMIT_RATE_PER_TPP) {
            emulator
                .faults()
                .add(
                    WRITES
                        .get(afterCommit.nextInt(WRITES.size()))
                        .inject(AFTER_COMMIT.get(afterCommit.nextInt(AFTER_COMMIT.size())))
                        .afterCommit()
                        .times(1));
            armed++;
          }
          try {
            assertThat(
                    Flow.complete(
                        Flow.tpp(apim, Flow.registrar(emulator), user, PASSWORD, certificate)
                            .run()))
                .isTrue();
          } catch (TppOnboardingException e) {
            failed.add(i);
            failedSteps.merge(e.failedStep().replaceAll(" .*", ""), 1, Integer::sum);
            causes.merge(cause(e.getCause()), 1, Integer::sum);
            assertThat(e.partialResult()).isNotNull();
            assertThat(e.partialResult().username()).isEqualTo(user);
            if (e.partialResult().applicationId() != null) {
              withApplication++;
              partialAppIds.put(i, e.partialResult().applicationId());
            }
          } catch (FsOnboardException e) { // pre-flight look-ups failed after their retries
            failed.add(i);
            failedSteps.merge("pre-flight", 1, Integer::sum);
            causes.merge(cause(e), 1, Integer::sum);
          }
          emulator.faults().clear();
          emulator
              .faults()
              .randomly(
                  SEED + i + 1,
                  RANDOM_RATE,
                  InjectedFault.connectionReset(),
                  InjectedFault.emptyResponse(),
                  InjectedFault.status(500),
                  InjectedFault.status(502),
                  InjectedFault.status(503),
                  InjectedFault.tooManyRequests(1),
                  InjectedFault.tooManyRequests(1),
                  InjectedFault.latency(LATENCY));
        }
      }
      emulator.faults().clear();
      long injected = emulator.faults().injectedCount() - injectedBefore;
      long firstRunAttempts = requests.attempts();

      // The second run, as a new process would do it after the outage: no faults, default timeouts.
      List<Integer> failedAgain = new ArrayList<>();
      try (ApiManager apim = apim(emulator, Duration.ofSeconds(10))) {
        for (int i : failed) {
          try {
            TppOnboardingResult r =
                Flow.tpp(apim, Flow.registrar(emulator), Flow.user(i), PASSWORD, certificate).run();
            if (partialAppIds.containsKey(i)) { // resumed with the application created before
              assertThat(r.applicationId()).isEqualTo(partialAppIds.get(i));
            }
            if (!Flow.complete(r)) {
              failedAgain.add(i);
            }
          } catch (FsOnboardException e) {
            failedAgain.add(i);
            System.out.println("second run of TPP " + i + " failed: " + e.getMessage());
          }
        }
      }

      Flow.Counts delta = Flow.Counts.of(emulator.state()).minus(before);
      List<String> duplicates = Flow.duplicates(emulator.state(), users, delta, TPPS);
      System.out.printf(
          "faults suite (retryRateLimitedPosts=%b): TPPs: %d, HTTP attempts (first run): %d, faults injected (emulator"
              + " count): %d (%.1f%%; %d after-commit rules armed), first-run failures: %d %s (%d with the"
              + " application in the partial result; causes %s),"
              + " second-run failures: %d, duplicates found: %d, state delta: %s%n",
          retryRateLimitedPosts,
          TPPS,
          firstRunAttempts,
          injected,
          100.0 * injected / Math.max(1, firstRunAttempts),
          armed,
          failed.size(),
          failedSteps,
          withApplication,
          causes,
          failedAgain.size(),
          duplicates.size(),
          delta);
      duplicates.forEach(d -> System.out.println("duplicate: " + d));

      assertThat(injected).isGreaterThan(TPPS);
      if (retryRateLimitedPosts) {
        assertThat(causes).as("a 429 is waited out, POST or not").doesNotContainKey("HTTP 429");
      }
      assertThat(failedAgain).isEmpty();
      assertThat(duplicates).isEmpty();
      assertThat(delta).isEqualTo(Flow.Counts.expected(TPPS));
      for (String user : users) {
        assertThat(emulator.state().applicationNames(user)).containsExactly("App of " + user);
      }
    }
  }

  private static String cause(Throwable t) {
    if (t instanceof ApiException a) {
      return "HTTP " + a.status();
    }
    if (t instanceof TransportException x) {
      return x.kind().toString();
    }
    return t == null ? "none" : t.getClass().getSimpleName();
  }

  private static ApiManager apim(Wso2Emulator e, Duration readTimeout) {
    return apim(e, readTimeout, false);
  }

  private static ApiManager apim(
      Wso2Emulator e, Duration readTimeout, boolean retryRateLimitedPosts) {
    return ApiManager.builder()
        .baseUrl(e.apimBaseUrl())
        .httpConfig(Flow.http(e, retryRateLimitedPosts).readTimeout(readTimeout).build())
        .build();
  }
}
