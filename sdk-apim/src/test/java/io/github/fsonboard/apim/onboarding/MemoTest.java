package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The single-flight memo behind ApiCatalog, without HTTP. */
class MemoTest {
  private final AtomicInteger loads = new AtomicInteger();

  private String load(String value) {
    loads.incrementAndGet();
    return value;
  }

  @Test
  void concurrentCallersShareOneLoad() throws Exception {
    Memo<String, String> memo = new Memo<>(null);
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> calls = new ArrayList<>();
      calls.add(
          pool.submit(
              () ->
                  memo.get(
                      "k",
                      () -> {
                        loading.countDown();
                        await(release);
                        return load("v");
                      },
                      v -> true)));
      assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 15; i++) {
        calls.add(pool.submit(() -> memo.get("k", () -> load("other"), v -> true)));
      }
      release.countDown();
      for (Future<String> call : calls) {
        assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo("v");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
  }

  @Test
  void failedAndRefusedLoadsAreForgotten() {
    Memo<String, String> memo = new Memo<>(null);
    assertThatThrownBy(
            () ->
                memo.get(
                    "k",
                    () -> {
                      throw new IllegalStateException("down");
                    },
                    v -> true))
        .hasMessage("down");
    assertThat(memo.get("k", () -> load(""), v -> !v.isEmpty())).isEmpty();
    assertThat(memo.size()).isZero();
    assertThat(memo.get("k", () -> load("v"), v -> !v.isEmpty())).isEqualTo("v");
    assertThat(memo.get("k", () -> load("w"), v -> true)).isEqualTo("v");
    assertThat(loads).hasValue(2);
  }

  @Test
  void valuesOlderThanTheMaxAgeAreLoadedAgainAndClearForgetsAll() {
    Memo<String, String> expiring = new Memo<>(Duration.ZERO);
    expiring.get("k", () -> load("v1"), v -> true);
    assertThat(expiring.get("k", () -> load("v2"), v -> true)).isEqualTo("v2");

    Memo<String, String> lasting = new Memo<>(Duration.ofHours(1));
    lasting.get("k", () -> load("v3"), v -> true);
    assertThat(lasting.get("k", () -> load("v4"), v -> true)).isEqualTo("v3");
    lasting.clear();
    assertThat(lasting.get("k", () -> load("v5"), v -> true)).isEqualTo("v5");
    assertThat(loads).hasValue(4);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
