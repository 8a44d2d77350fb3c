package io.github.fsonboard.core.cert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small, bounded, thread-safe cache whose entries expire at the earlier of a TTL or a date. */
final class ExpiringCache<V> {
  private record Entry<V>(V value, Instant expires) {}

  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry<V>> map;

  ExpiringCache(Clock clock, Duration ttl, int maxEntries) {
    this.clock = clock;
    this.ttl = ttl;
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
            return size() > maxEntries;
          }
        };
  }

  synchronized V get(String key) {
    Entry<V> e = map.get(key);
    if (e == null) {
      return null;
    }
    if (!clock.instant().isBefore(e.expires())) {
      map.remove(key);
      return null;
    }
    return e.value();
  }

  synchronized void put(String key, V value, Instant notAfter) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    Instant expires = clock.instant().plus(ttl);
    if (notAfter != null && notAfter.isBefore(expires)) {
      expires = notAfter;
    }
    map.put(key, new Entry<>(value, expires));
  }
}
