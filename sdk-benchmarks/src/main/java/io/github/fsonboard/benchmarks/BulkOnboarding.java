package io.github.fsonboard.benchmarks;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.InjectedFault;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * (4) Bulk onboarding on the emulator: onboards N TPPs over the full flow (sign up with a
 * registrar, sign in, application, two subscriptions, regulatory PRODUCTION keys and SANDBOX keys)
 * with one shared {@link ApiManager} and {@link ApiCatalog}, sequentially and with P threads, on a
 * fresh emulator per run (the key manager set up once before the clock starts). Prints one Markdown
 * row per run: wall time, time per TPP, and HTTP requests per TPP as the emulator counted them (a
 * zero-delay latency rule matches every request, so the emulator's injected-fault count is its
 * request count).
 *
 * <p>Usage: {@code BulkOnboarding [sizes, default 100,1000] [parallelism, default 16]}.
 */
public final class BulkOnboarding {
  private static final String KM = "FSKM";
  private static final int WARM_UP = 300;
  private static final Secret PASSWORD = Secret.of("Bulk-tpp-pw-1!");

  private BulkOnboarding() {}

  /** One measured run. */
  record Run(
      int tpps,
      int threads,
      int onboarded,
      double seconds,
      long requests,
      long tokens,
      int applications,
      int subscriptions,
      int keyMappings) {
    double msPerTpp() {
      return seconds * 1000 / tpps;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args optional sizes (comma-separated) and parallelism
   * @throws Exception when a run fails
   */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String s : (args.length > 0 ? args[0] : "100,1000").split(",")) {
      sizes.add(Integer.parseInt(s.trim()));
    }
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    String certificate = certificatePem();

    // Warm-up (not reported): JIT, TLS, class loading of both the SDK and the emulator.
    run(WARM_UP, 1, certificate);
    run(WARM_UP, parallelism, certificate);

    Map<String, Run> runs = new LinkedHashMap<>();
    for (int threads : List.of(1, parallelism)) {
      for (int n : sizes) {
        Run r = run(n, threads, certificate);
        runs.put(n + "/" + threads, r);
        System.err.printf(Locale.ROOT, "done: N=%d threads=%d %.1f s%n", n, threads, r.seconds());
      }
    }
    System.out.println(
        "| N | threads | onboarded | wall s | ms per TPP | TPPs/s | HTTP requests per TPP |"
            + " tokens issued per TPP | ms per TPP vs smallest N |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (int threads : List.of(1, parallelism)) {
      Run base = runs.get(sizes.get(0) + "/" + threads);
      for (int n : sizes) {
        Run r = runs.get(n + "/" + threads);
        System.out.printf(
            Locale.ROOT,
            "| %d | %d | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.2fx |%n",
            r.tpps(),
            r.threads(),
            r.onboarded(),
            r.seconds(),
            r.msPerTpp(),
            r.tpps() / r.seconds(),
            (double) r.requests() / r.tpps(),
            (double) r.tokens() / r.tpps(),
            r.msPerTpp() / base.msPerTpp());
      }
    }
  }

  private static Run run(int n, int threads, String certificate) throws Exception {
    try (Wso2Emulator e = Wso2Emulator.builder().build().start();
        ApiManager apim =
            ApiManager.builder()
                .baseUrl(e.apimBaseUrl())
                .httpConfig(
                    HttpConfig.builder().trust(Trust.pem(e.trustedCertificatePem())).build())
                .build()) {
      BasicCredentials admin = BasicCredentials.of(e.adminUsername(), e.adminPassword());
      Onboarding.keyManager(apim.admin(e.adminUsername(), Secret.of(e.adminPassword())))
          .fsKeyManager(KM)
          .identityServer(e.isBaseUrl())
          .identityServerAdmin(e.adminUsername(), Secret.of(e.adminPassword()))
          .disableResidentKeyManager()
          .build()
          .apply();
      // Counts every request: zero-delay latency lets each one through unchanged.
      e.faults().add(FaultRule.on("*", ".*").inject(InjectedFault.latency(Duration.ZERO)));
      long requestsBefore = e.faults().injectedCount();
      long tokensBefore = e.state().issuedTokenCount();
      int appsBefore = e.state().applicationCount();
      int subsBefore = e.state().subscriptionCount();
      int keysBefore = e.state().keyMappingCount();

      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long start = System.nanoTime();
      // One catalog for the batch: each API is looked up once, not once per TPP.
      ApiCatalog catalog = ApiCatalog.of(apim);
      List<Future<TppOnboardingResult>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String user = "bulk-" + i + "@bench.example";
        futures.add(pool.submit(() -> onboard(apim, catalog, admin, user, certificate)));
      }
      int onboarded = 0;
      for (Future<TppOnboardingResult> f : futures) {
        TppOnboardingResult r = f.get();
        if (r.keys().size() == 2 && r.subscriptions().size() == 2) {
          onboarded++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      Run r =
          new Run(
              n,
              threads,
              onboarded,
              seconds,
              e.faults().injectedCount() - requestsBefore,
              e.state().issuedTokenCount() - tokensBefore,
              e.state().applicationCount() - appsBefore,
              e.state().subscriptionCount() - subsBefore,
              e.state().keyMappingCount() - keysBefore);
      if (onboarded != n
          || r.applications() != n
          || r.subscriptions() != 2 * n
          || r.keyMappings() != 2 * n) {
        throw new IllegalStateException("incomplete or duplicated onboarding: " + r);
      }
      return r;
    }
  }

  private static TppOnboardingResult onboard(
      ApiManager apim,
      ApiCatalog catalog,
      BasicCredentials registrar,
      String user,
      String certificate) {
    return Onboarding.tpp(apim)
        .apiCatalog(catalog)
        .signUp(
            SignUpRequest.builder()
                .username(user)
                .password(PASSWORD)
                .givenName("Ada")
                .lastName("Lovelace")
                .email(user)
                .build(),
            registrar)
        .application("App of " + user)
        .subscribe("AccountandTransactionAPI", "3.1.11", "Gold")
        .subscribe("PaymentInitiationAPI", "3.1.11", "Unlimited")
        .keyManager(KM)
        .keys(
            KeyType.PRODUCTION,
            k ->
                k.grantTypes(
                        GrantType.AUTHORIZATION_CODE,
                        GrantType.REFRESH_TOKEN,
                        GrantType.CLIENT_CREDENTIALS)
                    .callbackUrl("https://tpp.example.com/callback")
                    .pkceMandatory(true)
                    .regulatory(true)
                    .certificate(certificate))
        .keys(KeyType.SANDBOX, k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS))
        .build()
        .run();
  }

  private static String certificatePem() {
    return TestPki.leaf(TestPki.ca("Bulk CA"), "tpp-app").certificatePem();
  }
}
