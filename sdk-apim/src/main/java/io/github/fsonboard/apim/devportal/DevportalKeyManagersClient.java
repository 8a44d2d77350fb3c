package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Json;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key managers an application owner may generate keys with ({@code GET /key-managers}; scope
 * {@code apim:subscribe}). Thread-safe.
 */
public final class DevportalKeyManagersClient {
  private final DevportalService api;

  DevportalKeyManagersClient(DevportalService api) {
    this.api = api;
  }

  /**
   * Lists the key managers with the application properties each accepts.
   *
   * @return the key managers
   */
  public List<KeyManagerInfo> list() {
    Map<String, Object> body = Calls.execute(api.keyManagers());
    if (body == null || !(body.get("list") instanceof List<?> items)) {
      return List.of();
    }
    List<KeyManagerInfo> out = new ArrayList<>();
    for (Object item : items) {
      out.add(toInfo(item));
    }
    return List.copyOf(out);
  }

  /**
   * Finds a key manager by exact name.
   *
   * @param name e.g. {@code FSKM}
   * @return the key manager, or empty
   */
  public Optional<KeyManagerInfo> find(String name) {
    Validation.requireNonBlank(name, "name");
    return list().stream().filter(k -> name.equals(k.name())).findFirst();
  }

  /** "default" is a Java keyword: rename it before Moshi maps the record. */
  private static KeyManagerInfo toInfo(Object item) {
    if (item instanceof Map<?, ?> km && km.get("applicationConfiguration") instanceof List<?> cfg) {
      Map<Object, Object> copy = new LinkedHashMap<>(km);
      List<Object> configs = new ArrayList<>();
      for (Object c : cfg) {
        if (c instanceof Map<?, ?> m) {
          Map<Object, Object> renamed = new LinkedHashMap<>(m);
          renamed.put("defaultValue", renamed.remove("default"));
          configs.add(renamed);
        } else {
          configs.add(c);
        }
      }
      copy.put("applicationConfiguration", configs);
      item = copy;
    }
    return Json.fromValue(item, KeyManagerInfo.class, "key manager in GET /key-managers");
  }
}
