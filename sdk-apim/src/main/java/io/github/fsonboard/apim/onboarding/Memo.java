package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.core.error.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One value per key, loaded by one thread while the others wanting it wait. A load that fails, or
 * whose value {@code keep} refuses, is forgotten at once; a kept value is loaded again once it is
 * older than the maximum age. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class Memo<K, V> {
  private final ConcurrentMap<K, Slot<V>> slots = new ConcurrentHashMap<>();
  private final long maxAgeNanos;

  /**
   * Creates an empty memo.
   *
   * @param maxAge how long a loaded value is used; null for as long as it is not cleared
   */
  public Memo(Duration maxAge) {
    this.maxAgeNanos = maxAge == null ? Long.MAX_VALUE : maxAge.toNanos();
  }

  /**
   * Returns the value for a key: remembered, being loaded by another thread, or loaded now.
   *
   * @param key the key
   * @param load loads the value (runs on the calling thread)
   * @param keep whether a loaded value is remembered
   * @return the value
   * @throws TransportException of kind INTERRUPTED when interrupted while waiting for another
   *     thread's load (the interrupt status is kept)
   */
  public V get(K key, Supplier<V> load, Predicate<V> keep) {
    while (true) {
      Slot<V> mine = new Slot<>(new CompletableFuture<>(), System.nanoTime());
      Slot<V> known = slots.putIfAbsent(key, mine);
      if (known == null) {
        return load(key, mine, load, keep);
      }
      if (known.future().isDone() && System.nanoTime() - known.loadedAt() >= maxAgeNanos) {
        slots.remove(key, known); // too old: load it again
        continue;
      }
      return await(known.future());
    }
  }

  /** Forgets every value; loads in progress complete for their waiters only. */
  public void clear() {
    slots.clear();
  }

  /**
   * How many keys have a value or a load in progress.
   *
   * @return the count
   */
  public int size() {
    return slots.size();
  }

  private V load(K key, Slot<V> mine, Supplier<V> load, Predicate<V> keep) {
    V value;
    try {
      value = load.get();
    } catch (RuntimeException | Error e) {
      slots.remove(key, mine);
      mine.future().completeExceptionally(e);
      throw e;
    }
    if (!keep.test(value)) {
      slots.remove(key, mine);
    }
    mine.future().complete(value);
    return value;
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          TransportException.Kind.INTERRUPTED, "interrupted while waiting for another thread", e);
    } catch (ExecutionException e) {
      // The load's own exception, as the thread that ran it saw it.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private record Slot<V>(CompletableFuture<V> future, long loadedAt) {}
}
