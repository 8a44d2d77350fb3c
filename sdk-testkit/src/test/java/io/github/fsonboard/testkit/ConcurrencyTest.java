package io.github.fsonboard.testkit;

import static io.github.fsonboard.testkit.TestHttp.bearer;
import static io.github.fsonboard.testkit.TestHttp.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@WithWso2Emulator
class ConcurrencyTest {
  static final String APPS = "/api/am/devportal/v3/applications";

  @Test
  void manyThreadsCreatingApplicationsGetExactCounts(Wso2Emulator wso2) throws Exception {
    TestHttp http = new TestHttp(wso2);
    String tpp = bearer(http.tpp("busy@example.com"));
    int threads = 8;
    int perThread = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<List<String>> work =
            () -> {
              List<String> ids = new ArrayList<>();
              for (int i = 0; i < perThread; i++) {
                TestHttp.Res r =
                    http.apim(
                        "POST",
                        APPS,
                        tpp,
                        map("name", "app-" + thread + "-" + i, "throttlingPolicy", "Unlimited"));
                assertThat(r.status()).isEqualTo(201);
                ids.add(r.str("applicationId"));
              }
              return ids;
            };
        futures.add(pool.submit(work));
      }
      Set<String> ids = new HashSet<>();
      for (Future<List<String>> f : futures) {
        ids.addAll(f.get());
      }
      assertThat(ids).hasSize(threads * perThread);
      assertThat(wso2.state().applicationNames("busy@example.com")).hasSize(threads * perThread);
      assertThat(http.apim("GET", APPS + "?limit=1000", tpp, null).list())
          .hasSize(threads * perThread);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void racingDuplicatesYieldExactlyOneCreation(Wso2Emulator wso2) throws Exception {
    TestHttp http = new TestHttp(wso2);
    String tpp = bearer(http.tpp("racer@example.com"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(
            pool.submit(
                () ->
                    http.apim(
                            "POST",
                            APPS,
                            tpp,
                            map("name", "same-name", "throttlingPolicy", "Unlimited"))
                        .status()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : futures) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
      assertThat(wso2.state().applicationNames("racer@example.com")).containsExactly("same-name");
    } finally {
      pool.shutdownNow();
    }
  }
}
