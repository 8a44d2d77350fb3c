package io.github.fsonboard.spring;

import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.observe.SdkListener;
import io.github.fsonboard.spring.FsOnboardProperties.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every target's checked settings. Built once at start-up: every wrong property of every target is
 * collected first, then one {@link io.github.fsonboard.core.error.ValidationException} names them
 * all.
 *
 * @param http the transport settings
 * @param apimUrl the API Manager, or null
 * @param isUrl the Identity Server, or null
 * @param tenant the tenant domain, or null
 * @param admin the administrator, or null
 */
record TargetSettings(
    HttpConfig http, BaseUrl apimUrl, BaseUrl isUrl, String tenant, BasicCredentials admin) {

  static Map<String, TargetSettings> of(
      FsOnboardProperties properties, Function<String, SdkListener> listeners) {
    Validation v = new Validation();
    Map<String, Target> all = new LinkedHashMap<>();
    all.put(FsOnboardProperties.DEFAULT_TARGET, properties.defaultTarget());
    properties
        .targets()
        .forEach(
            (name, t) -> {
              if (FsOnboardProperties.DEFAULT_TARGET.equals(name)) {
                v.add("fsonboard.targets.default", "is reserved for the top-level properties");
              } else {
                all.put(
                    name,
                    t == null
                        ? new Target(null, null, null, null, null, null, null, null, null)
                        : t);
              }
            });
    Map<String, TargetSettings> settings = new LinkedHashMap<>();
    all.forEach(
        (name, t) -> {
          if (!FsOnboardProperties.DEFAULT_TARGET.equals(name)) {
            v.require(
                t.apimUrl() != null || t.isUrl() != null,
                TargetFactory.prefix(name),
                "needs apim-url, is-url or both");
          }
          settings.put(
              name,
              new TargetSettings(
                  TargetFactory.httpConfig(name, t, listeners.apply(name), v),
                  TargetFactory.apimUrl(name, t, v),
                  TargetFactory.isUrl(name, t, v),
                  t.tenant(),
                  TargetFactory.admin(name, t, v)));
        });
    v.throwIfInvalid();
    return settings;
  }
}
