package io.github.fsonboard.apim.onboarding;

import static io.github.fsonboard.apim.onboarding.TppOnboardingScenarioTest.AISP;
import static io.github.fsonboard.apim.onboarding.TppOnboardingScenarioTest.KM;
import static io.github.fsonboard.apim.onboarding.TppOnboardingScenarioTest.PISP;
import static io.github.fsonboard.apim.onboarding.TppOnboardingScenarioTest.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.error.TransportException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.testkit.FaultRule;
import io.github.fsonboard.testkit.InjectedFault;
import io.github.fsonboard.testkit.Wso2Emulator;
import io.github.fsonboard.testkit.Wso2EmulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A catalog shared by a batch of onboardings: each API read once, nothing wrong remembered. */
class ApiCatalogTest {
  static final String SEARCH = "APIM GET /api/am/devportal/v3/apis";

  @RegisterExtension static Wso2EmulatorExtension wso2 = new Wso2EmulatorExtension();

  private Wso2Emulator emulator;
  private ApiManager apim;

  @BeforeAll
  static void keyManager() {
    Emulated.fsKeyManager(wso2.emulator(), KM);
  }

  @BeforeEach
  void start(Wso2Emulator e) {
    emulator = e;
    e.faults().clear();
    apim = Emulated.apim(e);
    e.resetRequestCounts();
  }

  @AfterEach
  void close() {
    emulator.faults().clear();
    apim.close();
  }

  @Test
  void aBatchSharingACatalogReadsEachApiOnce() {
    tpp(null).run();
    long soloLookUps = catalogReads();
    long soloTotal = emulator.state().totalRequests();
    assertThat(soloLookUps).as("two APIs, looked up per run").isEqualTo(2);

    emulator.resetRequestCounts();
    ApiCatalog catalog = ApiCatalog.of(apim);
    for (int i = 0; i < 3; i++) {
      TppOnboardingResult r = tpp(catalog).run();
      assertThat(r.subscriptions()).hasSize(2);
      assertThat(r.key(KeyType.PRODUCTION)).isPresent();
    }

    System.out.println(
        "API catalog: one TPP alone "
            + soloTotal
            + " requests; 3 TPPs sharing a catalog "
            + emulator.state().totalRequests());
    assertThat(catalogReads()).isEqualTo(soloLookUps);
    assertThat(emulator.state().totalRequests()).isEqualTo(3 * soloTotal - 2 * soloLookUps);
    assertThat(catalog.toString()).contains("2 APIs known");
  }

  @Test
  void concurrentOnboardingsWaitForOneLookUp() throws Exception {
    // Slow searches make the 8 runs overlap at their pre-flight.
    slowSearches(Duration.ofMillis(300), Integer.MAX_VALUE);
    ApiCatalog catalog = ApiCatalog.of(apim);
    int threads = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<TppOnboardingResult>> runs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        TppOnboarding o = tpp(catalog);
        runs.add(
            pool.submit(
                () -> {
                  go.await();
                  return o.run();
                }));
      }
      go.countDown();
      for (Future<TppOnboardingResult> run : runs) {
        assertThat(run.get().subscriptions()).hasSize(2);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 2L);
    assertThat(emulator.state().applicationCount()).isGreaterThanOrEqualTo(threads);
  }

  @Test
  void aThreadWaitingForAnotherThreadsLookUpCanBeInterrupted() throws Exception {
    slowSearches(Duration.ofSeconds(2), 1);
    ApiCatalog catalog = ApiCatalog.of(apim);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Optional<ApiCatalog.Entry>> first = pool.submit(() -> catalog.find(AISP, VERSION));
      while (emulator.faults().injectedCount() == 0) {
        Thread.sleep(5);
      }
      AtomicBoolean interruptedAfter = new AtomicBoolean();
      Future<Throwable> waiter =
          pool.submit(
              () -> {
                Thread.currentThread().interrupt(); // as an executor shutting down would
                try {
                  catalog.find(AISP, VERSION);
                  return null;
                } catch (TransportException e) {
                  interruptedAfter.set(Thread.interrupted());
                  return e;
                }
              });

      assertThat(waiter.get(1, TimeUnit.SECONDS))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.INTERRUPTED));
      assertThat(interruptedAfter).isTrue();
      assertThat(first.get()).isPresent(); // the look-up itself went on for its own thread
      assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 1L);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void foundApisAreKeptUntilCleared() {
    ApiCatalog catalog = ApiCatalog.of(apim);
    ApiCatalog.Entry first = catalog.find(AISP, VERSION).orElseThrow();
    assertThat(catalog.find(AISP, VERSION)).contains(first);
    assertThat(first.api().name()).isEqualTo(AISP);
    assertThat(first.tiers()).contains("Gold", "Unlimited");
    assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 1L);

    catalog.clear();
    assertThat(catalog.find(AISP, VERSION)).contains(first);
    assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 2L);
  }

  @Test
  void findingsOlderThanTheMaxAgeAreLookedUpAgain() {
    ApiCatalog everyTime = ApiCatalog.of(apim, Duration.ZERO);
    everyTime.find(AISP, VERSION);
    everyTime.find(AISP, VERSION);
    assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 2L);

    ApiCatalog hourly = ApiCatalog.of(apim, Duration.ofHours(1));
    hourly.find(AISP, VERSION);
    hourly.find(AISP, VERSION);
    assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 3L);

    assertThatThrownBy(() -> ApiCatalog.of(apim, Duration.ofSeconds(-1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("maxAge");
  }

  @Test
  void aMissingApiIsLookedUpAgain() {
    ApiCatalog catalog = ApiCatalog.of(apim);
    assertThat(catalog.find("NoSuchAPI", "1.0.0")).isEmpty();
    assertThat(catalog.find("NoSuchAPI", "1.0.0")).isEmpty();
    assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 2L);
  }

  @Test
  void aSearchWhoseHttp2StreamWasResetIsRepeated() {
    // The emulator speaks HTTP/2: an empty response arrives as a reset stream.
    emulator
        .faults()
        .add(
            FaultRule.on("GET", "/api/am/devportal/v3/apis")
                .inject(InjectedFault.emptyResponse())
                .times(1));
    assertThat(ApiCatalog.of(apim).find(PISP, VERSION)).isPresent();
    assertThat(emulator.state().requestCounts()).containsEntry(SEARCH, 2L);
  }

  @Test
  void aFailedLookUpIsNotRemembered() {
    emulator
        .faults()
        .add(
            FaultRule.on("GET", "/api/am/devportal/v3/apis")
                .inject(InjectedFault.status(400))
                .times(1));
    ApiCatalog catalog = ApiCatalog.of(apim);
    assertThatThrownBy(() -> catalog.find(PISP, VERSION)).isInstanceOf(BadRequestException.class);
    assertThat(catalog.find(PISP, VERSION)).isPresent();
  }

  @Test
  void applicationPoliciesAreReadOnceForABatch() {
    ApiCatalog catalog = ApiCatalog.of(apim);
    List<String> policies = catalog.applicationPolicies();
    assertThat(catalog.applicationPolicies()).isEqualTo(policies).contains("Unlimited");
    String policy = policies.stream().filter(p -> !p.equals("Unlimited")).findFirst().orElseThrow();

    for (int i = 0; i < 2; i++) {
      builder(catalog)
          .application(
              ApplicationRequest.builder()
                  .name(Emulated.unique("App"))
                  .throttlingPolicy(policy)
                  .build())
          .build()
          .run();
    }
    assertThat(policyReads()).isEqualTo(1);
  }

  @Test
  void aCatalogOfAnotherApiManagerOrTenantIsAValidationError() {
    try (ApiManager other = ApiManager.builder().baseUrl("https://other.example:9443").build();
        ApiManager tenant =
            ApiManager.builder().baseUrl(emulator.apimBaseUrl()).tenant("bank.example").build()) {
      assertThat(problemsWith(ApiCatalog.of(other)))
          .singleElement()
          .satisfies(v -> assertThat(v.field()).isEqualTo("apiCatalog"))
          .satisfies(v -> assertThat(v.message()).contains("https://other.example:9443"));
      assertThat(problemsWith(ApiCatalog.of(tenant)))
          .singleElement()
          .satisfies(v -> assertThat(v.message()).contains("tenant=bank.example"));
      assertThat(problemsWith(ApiCatalog.of(apim))).isEmpty();
    }
  }

  private List<io.github.fsonboard.core.error.Violation> problemsWith(ApiCatalog catalog) {
    return TppOnboardingScenarioTest.tpp(
            apim, emulator, TppOnboardingScenarioTest.user(), Emulated.unique("App"))
        .apiCatalog(catalog)
        .build()
        .validate();
  }

  private void slowSearches(Duration delay, int times) {
    emulator
        .faults()
        .add(
            FaultRule.on("GET", "/api/am/devportal/v3/apis")
                .inject(InjectedFault.latency(delay))
                .times(times));
  }

  private TppOnboarding tpp(ApiCatalog catalog) {
    return builder(catalog).build();
  }

  private TppOnboarding.Builder builder(ApiCatalog catalog) {
    TppOnboarding.Builder b =
        TppOnboardingScenarioTest.tpp(
            apim, emulator, TppOnboardingScenarioTest.user(), Emulated.unique("Batch App"));
    return catalog == null ? b : b.apiCatalog(catalog);
  }

  private long catalogReads() {
    return sum(k -> k.startsWith(SEARCH));
  }

  private long policyReads() {
    return sum(k -> k.contains("/throttling-policies/"));
  }

  private long sum(java.util.function.Predicate<String> route) {
    return emulator.state().requestCounts().entrySet().stream()
        .filter(e -> route.test(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
