package io.github.fsonboard.spring;

import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.TransportException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every target, independent of the Spring Boot line: the API Manager answers (a read of its
 * public application policies), the Identity Server answers (its discovery document), and, when
 * {@code admin.*} is set, the administrator can sign in to the API Manager and read its key
 * managers. One check's result is reused for {@code fsonboard.health.cache-for}, and concurrent
 * probes wait for one check, so a busy probe never hammers the servers. The admin session (one
 * REST-API client registration) is made once and reused; its token is refreshed as it expires.
 * Details hold statuses and exception class names only, never a message that could echo a secret.
 */
final class FsOnboardHealthCheck {
  /** The outcome of one check. */
  record Result(boolean up, Map<String, Object> details) {}

  private final FsOnboardTargets targets;
  private final long cacheNanos;
  private final Map<String, ApimSession> sessions = new ConcurrentHashMap<>();
  private final Map<String, ApiCatalog> catalogs = new ConcurrentHashMap<>();
  private Result cached;
  private long cachedAt;

  FsOnboardHealthCheck(FsOnboardTargets targets, Duration cacheFor) {
    this.targets = targets;
    this.cacheNanos = cacheFor.toNanos();
  }

  synchronized Result check() {
    long now = System.nanoTime();
    if (cached != null && now - cachedAt < cacheNanos) {
      return cached;
    }
    boolean up = true;
    Map<String, Object> details = new LinkedHashMap<>();
    for (String name : targets.names()) {
      FsOnboardTarget t = targets.get(name);
      Map<String, String> target = new LinkedHashMap<>();
      if (t.apiManager().isPresent()) {
        up &=
            probe(
                target,
                "apim",
                () -> {
                  ApiCatalog c =
                      catalogs.computeIfAbsent(name, n -> ApiCatalog.of(t.apiManager().get()));
                  c.clear(); // a fresh read: the catalogue would otherwise answer from memory
                  c.applicationPolicies();
                });
        if (t.admin().isPresent()) {
          up &=
              probe(
                  target,
                  "adminSignIn",
                  () ->
                      sessions
                          .computeIfAbsent(
                              name,
                              n ->
                                  t.apiManager()
                                      .get()
                                      .admin(
                                          t.admin().get().username(), t.admin().get().password()))
                          .adminPortal()
                          .keyManagers()
                          .list());
        }
      }
      if (t.identityServer().isPresent()) {
        up &= probe(target, "is", () -> t.identityServer().get().discovery().fetch());
      }
      details.put(name, target);
    }
    cached = new Result(up, Map.copyOf(details));
    cachedAt = System.nanoTime();
    return cached;
  }

  private static boolean probe(Map<String, String> into, String what, Runnable call) {
    try {
      call.run();
      into.put(what, "UP");
      return true;
    } catch (RuntimeException e) {
      into.put(what, "DOWN (" + describe(e) + ")");
      return false;
    }
  }

  /**
   * The failure kind of {@code e} or of the SDK exception it wraps (discovery wraps a transport
   * failure in a DiscoveryException): an HTTP status or a transport kind, else a class name.
   */
  private static String describe(RuntimeException e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
      if (t instanceof ApiException a) {
        return "HTTP " + a.status();
      }
      if (t instanceof TransportException x) {
        return "unreachable: " + x.kind();
      }
    }
    return e.getClass().getSimpleName();
  }
}
