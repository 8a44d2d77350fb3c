package io.github.fsonboard.examples;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.apim.onboarding.KeyOutcome;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.TppOnboarding;
import io.github.fsonboard.apim.onboarding.TppOnboardingException;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Onboards a batch of TPPs the way a bank's back office would: one {@link ApiManager} (one
 * connection pool, REST-API clients cached), one {@link ApiCatalog} (each API looked up once for
 * the batch), several TPPs in parallel, and a TPP whose run fails run again: an onboarding is
 * resumable, so the next run completes what is missing without duplicating anything. Input that
 * fails the pre-flight checks is reported and not retried (it would fail the same way).
 *
 * <p>{@link #main} runs a batch of 20 TPPs on the embedded emulator; {@link #onboardAll} is the
 * part to copy.
 */
public final class BatchOnboarding {
  private static final String KM = "FSKM";

  private BatchOnboarding() {}

  /**
   * How one TPP of the batch ended.
   *
   * @param username the TPP user
   * @param attempts how many runs it took
   * @param result the result of the last run (the partial result when it failed), or null when the
   *     pre-flight checks refused the input
   * @param problem why the last run failed, or null when the TPP is onboarded
   */
  public record Outcome(String username, int attempts, TppOnboardingResult result, String problem) {
    /**
     * Tells whether the TPP ended onboarded.
     *
     * @return true when the last run succeeded
     */
    public boolean onboarded() {
      return problem == null;
    }
  }

  /**
   * Runs every onboarding, {@code parallelism} at a time; a run that fails is run again, up to
   * {@code maxRuns} runs in all.
   *
   * @param batch the onboardings (built with one shared {@link ApiCatalog})
   * @param parallelism how many run at once
   * @param maxRuns how many runs a TPP gets at most (2: one more after a failure)
   * @return one outcome per onboarding, in the batch's order
   * @throws InterruptedException when interrupted while waiting
   */
  public static List<Outcome> onboardAll(List<TppOnboarding> batch, int parallelism, int maxRuns)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      List<Future<Outcome>> running = new ArrayList<>();
      for (TppOnboarding o : batch) {
        running.add(pool.submit(() -> onboard(o, maxRuns)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : running) {
        try {
          outcomes.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("unexpected failure", e.getCause());
        }
      }
      return outcomes;
    } finally {
      pool.shutdown();
    }
  }

  private static Outcome onboard(TppOnboarding o, int maxRuns) {
    for (int attempt = 1; ; attempt++) {
      try {
        return new Outcome(o.username(), attempt, o.run(), null);
      } catch (ValidationException e) {
        return new Outcome(o.username(), attempt, null, e.getMessage());
      } catch (TppOnboardingException e) {
        if (attempt >= maxRuns) {
          return new Outcome(o.username(), attempt, e.partialResult(), e.getMessage());
        }
      }
    }
  }

  /**
   * Builds one TPP's onboarding: sign-up by a registrar, an application, one subscription, and
   * regulatory production keys with the TPP's certificate.
   *
   * @param apim the API Manager
   * @param catalog the catalog shared by the batch
   * @param registrar the account that signs TPPs up
   * @param username the TPP user
   * @param password the TPP's password
   * @param certificatePem the TPP's application certificate
   * @return the onboarding
   */
  public static TppOnboarding tpp(
      ApiManager apim,
      ApiCatalog catalog,
      BasicCredentials registrar,
      String username,
      Secret password,
      String certificatePem) {
    return Onboarding.tpp(apim)
        .apiCatalog(catalog)
        .signUp(
            SignUpRequest.builder()
                .username(username)
                .password(password)
                .givenName("Batch")
                .lastName("Provider")
                .email(username)
                .build(),
            registrar)
        .application("Accounts App of " + username)
        .subscribe("AccountandTransactionAPI", "3.1.11", "Unlimited")
        .keyManager(KM)
        .keys(
            KeyType.PRODUCTION,
            k ->
                k.grantTypes("authorization_code", "refresh_token", "client_credentials")
                    .callbackUrl("https://tpp.example/callback")
                    .pkceMandatory(true)
                    .regulatory(true)
                    .certificate(certificatePem))
        .build();
  }

  /**
   * Prints one line per TPP and a total.
   *
   * @param outcomes the outcomes
   * @param out where to print
   */
  public static void print(List<Outcome> outcomes, PrintStream out) {
    for (Outcome o : outcomes) {
      String keys =
          o.result() == null
              ? "-"
              : o.result().key(KeyType.PRODUCTION).map(KeyOutcome::consumerKey).orElse("-");
      out.printf(
          Locale.ROOT,
          "%-32s %-10s attempts=%d consumerKey=%s%s%n",
          o.username(),
          o.onboarded() ? "ONBOARDED" : "FAILED",
          o.attempts(),
          keys,
          o.onboarded() ? "" : " (" + o.problem() + ")");
    }
    long onboarded = outcomes.stream().filter(Outcome::onboarded).count();
    long retried = outcomes.stream().filter(o -> o.attempts() > 1).count();
    out.printf(
        Locale.ROOT,
        "onboarded %d of %d TPPs (%d needed more than one run)%n",
        onboarded,
        outcomes.size(),
        retried);
  }

  /**
   * Onboards 20 TPPs, 4 at a time, on the embedded emulator.
   *
   * @param args unused
   * @throws Exception when the batch cannot run
   */
  public static void main(String[] args) throws Exception {
    try (Wso2Emulator emulator = Wso2Emulator.builder().build().start();
        ApiManager apim =
            ApiManager.builder()
                .baseUrl(emulator.apimBaseUrl())
                .httpConfig(
                    HttpConfig.builder().trust(Trust.pem(emulator.trustedCertificatePem())).build())
                .build()) {
      Secret adminPassword = Secret.of(emulator.adminPassword());
      Onboarding.keyManager(apim.admin(emulator.adminUsername(), adminPassword))
          .fsKeyManager(KM)
          .identityServer(emulator.isBaseUrl())
          .identityServerAdmin(emulator.adminUsername(), adminPassword)
          .disableResidentKeyManager()
          .build()
          .apply();
      BasicCredentials registrar = new BasicCredentials(emulator.adminUsername(), adminPassword);
      String certificate =
          DemoCertificates.applicationCertificatePem(
              "Batch TPP Ltd", "PSDGB-OB-Batch", Duration.ofDays(365));
      ApiCatalog catalog = ApiCatalog.of(apim);
      List<TppOnboarding> batch = new ArrayList<>();
      for (int i = 1; i <= 20; i++) {
        batch.add(
            tpp(
                apim,
                catalog,
                registrar,
                "tpp" + i + "@batch.example",
                Secret.of("Batch-tpp-" + i + "!"),
                certificate));
      }
      print(onboardAll(batch, 4, 2), System.out);
    }
  }
}
