package io.github.fsonboard.core.internal.http;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/**
 * Response headers as an unmodifiable map with lower-cased names, built on first use: most callers
 * only want the body, so the per-response copy is skipped unless a header is actually read.
 */
final class LazyHeaderMap extends AbstractMap<String, List<String>> {
  private final Headers headers;
  private volatile Map<String, List<String>> map;

  LazyHeaderMap(Headers headers) {
    this.headers = headers;
  }

  private Map<String, List<String>> map() {
    Map<String, List<String>> m = map;
    if (m == null) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (String name : headers.names()) {
        out.put(name.toLowerCase(Locale.ROOT), headers.values(name));
      }
      m = Collections.unmodifiableMap(out);
      map = m;
    }
    return m;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return map().entrySet();
  }

  @Override
  public List<String> get(Object key) {
    return map().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map().containsKey(key);
  }

  @Override
  public int size() {
    return map().size();
  }
}
