package io.github.fsonboard.reliability.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.internal.http.HttpEngine;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite 4 (issue #8), onboarding part: 64 threads share ONE {@link ApiManager} (and its
 * one {@link HttpTransport}) and ONE cold admin session; each reads the key managers as the admin
 * and onboards its own TPP over the full flow. All must be onboarded; the admin session must fetch
 * exactly one token however many threads need it at once; each TPP signs in once; the emulator
 * holds no duplicates; closing the transport leaves no connection and no new thread.
 */
class ConcurrencySuiteTest {
  private static final int THREADS = 64;
  private static final String API_SEARCH = "APIM GET /api/am/devportal/v3/apis";
  private static final Secret PASSWORD = Secret.of("Tpp-conc-pw-3Lk!");

  @Test
  void sixtyFourThreadsShareOneClient() throws Exception {
    try (Wso2Emulator e = Wso2Emulator.builder().build().start();
        RequestCounter requests = RequestCounter.open()) {
      String certificate = Flow.certificatePem();
      BasicCredentials registrar = Flow.registrar(e);
      try (ApiManager setup =
          ApiManager.builder().baseUrl(e.apimBaseUrl()).httpConfig(Flow.http(e).build()).build()) {
        Flow.keyManager(setup, e, e.adminUsername(), Secret.of(e.adminPassword()));
      }
      Set<Thread> threadsBefore = liveThreads();
      Flow.Counts before = Flow.Counts.of(e.state());
      long tokensBefore = e.state().issuedTokenCount();
      requests.reset();

      HttpTransport transport = HttpTransport.create(Flow.http(e).build());
      ApiManager apim = ApiManager.builder().baseUrl(e.apimBaseUrl()).transport(transport).build();
      ApimSession admin = apim.admin(e.adminUsername(), Secret.of(e.adminPassword()));
      ApiCatalog catalog = ApiCatalog.of(apim);
      long searchesBefore = e.state().requestCounts().getOrDefault(API_SEARCH, 0L);
      List<String> users = new ArrayList<>();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<TppOnboardingResult>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String user = "conc-" + i + "@reliability.example";
        users.add(user);
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    assertThat(admin.adminPortal().keyManagers().find(Flow.KM)).isPresent();
                    return Flow.tpp(apim, registrar, user, PASSWORD, certificate, catalog).run();
                  } catch (RuntimeException | Error t) {
                    failures.add(t);
                    throw t;
                  }
                }));
      }
      go.countDown();
      int onboarded = 0;
      for (Future<TppOnboardingResult> f : results) {
        try {
          if (Flow.complete(f.get(120, TimeUnit.SECONDS))) {
            onboarded++;
          }
        } catch (java.util.concurrent.ExecutionException ex) {
          // recorded in failures
        }
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

      long tokens = e.state().issuedTokenCount() - tokensBefore;
      long searches = e.state().requestCounts().getOrDefault(API_SEARCH, 0L) - searchesBefore;
      long sdkTokenRequests = requests.tokenRequests();
      ConnectionPool connections =
          HttpEngine.of(transport).client(Authentication.none()).connectionPool();
      int openBeforeClose = connections.connectionCount();
      apim.close();
      transport.close();
      int openAfterClose = connections.connectionCount();
      List<String> leaked = newThreads(threadsBefore, 10_000);
      List<String> okHttp = okHttpThreads();

      Flow.Counts delta = Flow.Counts.of(e.state()).minus(before);
      List<String> duplicates = Flow.duplicates(e.state(), users, delta, THREADS);
      System.out.printf(
          "concurrency suite: threads: %d sharing 1 ApiManager/1 HttpTransport, onboarded: %d,"
              + " failures: %d, HTTP attempts: %d, tokens issued (emulator): %d (1 admin + %d"
              + " TPP sign-ins + as many sandbox keys with their first token), token requests (SDK): %d, connections open before close:"
              + " %d, after close: %d, threads leaked after close: %d %s, OkHttp threads left: %d"
              + " %s, API searches (shared catalog): %d, duplicates found: %d%n",
          THREADS,
          onboarded,
          failures.size(),
          requests.attempts(),
          tokens,
          THREADS,
          sdkTokenRequests,
          openBeforeClose,
          openAfterClose,
          leaked.size(),
          leaked,
          okHttp.size(),
          okHttp,
          searches,
          duplicates.size());
      failures.forEach(t -> System.out.println("failure: " + t));

      assertThat(failures).isEmpty();
      assertThat(onboarded).isEqualTo(THREADS);
      // The emulator also counts the token a non-regulatory client_credentials key gets at
      // generation (the sandbox key here): one per TPP, not requested by the SDK.
      assertThat(tokens).as("admin + TPP sign-ins + sandbox keys").isEqualTo(1 + 2L * THREADS);
      assertThat(sdkTokenRequests).isEqualTo(THREADS + 1);
      assertThat(openAfterClose).isZero();
      assertThat(leaked).isEmpty();
      // What OkHttp may keep after close: only its JVM-wide TaskRunner workers (daemons that idle
      // out after 60 s), not a dispatcher, HTTP/2 reader or pool thread of this client, and not
      // one per calling thread.
      assertThat(okHttp).allMatch("OkHttp TaskRunner"::equals).hasSizeLessThanOrEqualTo(16);
      assertThat(searches).as("each of the 2 APIs looked up once for all threads").isEqualTo(2);
      assertThat(duplicates).isEmpty();
      assertThat(delta).isEqualTo(Flow.Counts.expected(THREADS));
    }
  }

  private static Set<Thread> liveThreads() {
    return Thread.getAllStackTraces().keySet();
  }

  /**
   * Threads started since the snapshot that are still alive, waiting up to a bound for threads that
   * are winding down. OkHttp's shared TaskRunner workers are JVM-wide daemons that idle out after
   * 60 s; they are reported separately, not counted as a leak of this client.
   */
  private static List<String> newThreads(Set<Thread> before, long waitMillis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + waitMillis;
    List<String> fresh;
    do {
      fresh =
          liveThreads().stream()
              .filter(t -> !before.contains(t) && t.isAlive())
              .map(Thread::getName)
              .filter(n -> !n.startsWith("OkHttp TaskRunner"))
              .filter(n -> !n.startsWith("qtp")) // the emulator's Jetty pool grew under load
              .sorted()
              .collect(Collectors.toList());
      if (fresh.isEmpty()) {
        return fresh;
      }
      Thread.sleep(50);
    } while (System.currentTimeMillis() < deadline);
    return fresh;
  }

  private static List<String> okHttpThreads() {
    return liveThreads().stream()
        .map(Thread::getName)
        .filter(n -> n.startsWith("OkHttp"))
        .sorted()
        .collect(Collectors.toList());
  }
}
