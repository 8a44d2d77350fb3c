package io.github.fsonboard.spring;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.BaseUrl;
import io.github.fsonboard.core.http.ClientCertificate;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.ProxyConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.observe.SdkListener;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.spring.FsOnboardProperties.Target;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Turns one target's properties into SDK settings. Every problem is added to the given {@link
 * Validation} under its property name ({@code fsonboard.targets.sandbox.timeouts.read}), so that
 * the application's start-up fails once, naming all of them.
 */
final class TargetFactory {
  private TargetFactory() {}

  /** The property prefix of a target. */
  static String prefix(String name) {
    return FsOnboardProperties.DEFAULT_TARGET.equals(name)
        ? "fsonboard"
        : "fsonboard.targets." + name;
  }

  /** The transport settings, or null when some are wrong (then {@code v} says which). */
  static HttpConfig httpConfig(String name, Target t, SdkListener listener, Validation v) {
    String p = prefix(name);
    HttpConfig.Builder b = HttpConfig.builder().listener(listener);
    if (t.trust() != null) {
      var trust = t.trust();
      v.require(
          trust.pem() == null || trust.keyStore() == null,
          p + ".trust",
          "set pem or key-store, not both");
      if (trust.pem() != null) {
        attempt(v, p + ".trust.pem", () -> b.trust(Trust.pem(trust.pem())));
      } else if (trust.keyStore() != null) {
        v.require(
            trust.keyStorePassword() != null,
            p + ".trust.key-store-password",
            "is required with key-store");
        if (trust.keyStorePassword() != null) {
          String type = trust.keyStoreType() == null ? "PKCS12" : trust.keyStoreType();
          attempt(
              v,
              p + ".trust.key-store",
              () -> b.trust(Trust.keyStore(trust.keyStore(), type, trust.keyStorePassword())));
        }
      }
    }
    if (t.clientCertificate() != null) {
      clientCertificate(p + ".client-certificate", t.clientCertificate(), b, v);
    }
    if (t.proxy() != null) {
      proxy(p + ".proxy", t.proxy(), b, v);
    }
    if (t.timeouts() != null) {
      var to = t.timeouts();
      set(v, p + ".timeouts.connect", to.connect(), b::connectTimeout);
      set(v, p + ".timeouts.read", to.read(), b::readTimeout);
      set(v, p + ".timeouts.write", to.write(), b::writeTimeout);
      set(v, p + ".timeouts.call", to.call(), b::callTimeout);
    }
    if (t.retry() != null) {
      retry(p + ".retry", t.retry(), b, v);
    }
    HttpConfig[] built = {null};
    // HttpConfig checks its timeouts when built, naming its own fields.
    fields(v, p, () -> built[0] = b.build());
    return built[0];
  }

  /** The API Manager base URL, or null when it is not set or wrong. */
  static BaseUrl apimUrl(String name, Target t, Validation v) {
    return url(prefix(name) + ".apim-url", t.apimUrl(), v);
  }

  /** The Identity Server base URL, or null when it is not set or wrong. */
  static BaseUrl isUrl(String name, Target t, Validation v) {
    return url(prefix(name) + ".is-url", t.isUrl(), v);
  }

  /** The administrator, or null when not set; both fields or neither. */
  static BasicCredentials admin(String name, Target t, Validation v) {
    var a = t.admin();
    if (a == null) {
      return null;
    }
    String p = prefix(name) + ".admin";
    v.require(a.username() != null && !a.username().isBlank(), p + ".username", "is required");
    v.require(a.password() != null && !a.password().isEmpty(), p + ".password", "is required");
    if (a.username() == null || a.username().isBlank() || a.password() == null) {
      return null;
    }
    return new BasicCredentials(a.username(), a.password());
  }

  static ApiManager apiManager(
      BaseUrl url, String tenant, io.github.fsonboard.core.http.HttpTransport transport) {
    ApiManager.Builder b = ApiManager.builder().baseUrl(url).transport(transport);
    if (tenant != null && !tenant.isBlank()) {
      b.tenant(tenant);
    }
    return b.build();
  }

  static IdentityServer identityServer(
      BaseUrl url, BasicCredentials admin, io.github.fsonboard.core.http.HttpTransport transport) {
    IdentityServer.Builder b = IdentityServer.builder().baseUrl(url).transport(transport);
    if (admin != null) {
      b.adminCredentials(admin);
    }
    return b.build();
  }

  private static BaseUrl url(String property, String value, Validation v) {
    if (value == null) {
      return null;
    }
    BaseUrl[] url = {null};
    attempt(v, property, () -> url[0] = BaseUrl.of(value, property));
    return url[0];
  }

  private static void clientCertificate(
      String p, FsOnboardProperties.ClientCert c, HttpConfig.Builder b, Validation v) {
    if (c.pkcs12() != null) {
      v.require(c.certificatePem() == null, p + ".certificate-pem", "set pkcs12 or PEM, not both");
      v.require(c.password() != null, p + ".password", "is required with pkcs12");
      if (c.password() != null) {
        attempt(
            v,
            p + ".pkcs12",
            () -> b.clientCertificate(ClientCertificate.pkcs12(c.pkcs12(), c.password())));
      }
    } else if (c.certificatePem() != null || c.privateKeyPem() != null) {
      v.require(c.certificatePem() != null, p + ".certificate-pem", "is required with a key");
      v.require(
          c.privateKeyPem() != null, p + ".private-key-pem", "is required with a certificate");
      if (c.certificatePem() != null && c.privateKeyPem() != null) {
        attempt(
            v,
            p + ".certificate-pem",
            () ->
                b.clientCertificate(ClientCertificate.pem(c.certificatePem(), c.privateKeyPem())));
      }
    }
  }

  private static void proxy(
      String p, FsOnboardProperties.Proxy x, HttpConfig.Builder b, Validation v) {
    v.require(x.host() != null && !x.host().isBlank(), p + ".host", "is required");
    v.require(
        x.port() != null && x.port() > 0 && x.port() < 65536,
        p + ".port",
        "must be between 1 and 65535");
    v.require(
        (x.username() == null) == (x.password() == null),
        p + ".password",
        "set username and password together");
    if (x.host() == null
        || x.host().isBlank()
        || x.port() == null
        || x.port() < 1
        || x.port() > 65535) {
      return; // already reported, once
    }
    attempt(
        v,
        p,
        () -> {
          ProxyConfig proxy = ProxyConfig.http(x.host(), x.port());
          if (x.username() != null && x.password() != null) {
            proxy = proxy.withCredentials(x.username(), x.password());
          }
          b.proxy(proxy);
        });
  }

  private static void retry(
      String p, FsOnboardProperties.Retry r, HttpConfig.Builder b, Validation v) {
    RetryPolicy.Builder rb = RetryPolicy.builder();
    if (r.maxAttempts() != null) {
      attempt(v, p + ".max-attempts", () -> rb.maxAttempts(r.maxAttempts()));
    }
    set(v, p + ".initial-backoff", r.initialBackoff(), rb::initialBackoff);
    set(v, p + ".max-backoff", r.maxBackoff(), rb::maxBackoff);
    set(v, p + ".max-retry-after", r.maxRetryAfter(), rb::maxRetryAfter);
    fields(v, p, () -> b.retryPolicy(rb.build()));
  }

  private static void set(
      Validation v, String property, Duration value, Consumer<Duration> setter) {
    if (value != null) {
      attempt(v, property, () -> setter.accept(value));
    }
  }

  /**
   * Runs one setter; its validation problems are renamed to the property (the SDK names its own
   * fields, e.g. {@code readTimeout}, which a Spring user never typed).
   */
  private static void attempt(Validation v, String property, Runnable setter) {
    try {
      setter.run();
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        v.add(property, violation.message());
      }
    } catch (FsOnboardException | IllegalArgumentException e) {
      v.add(property, "is unusable (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Like {@link #attempt}, for a builder that names its fields: each becomes a sub-property. */
  private static void fields(Validation v, String prefix, Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        v.add(prefix + "." + property(violation.field()), violation.message());
      }
    }
  }

  /**
   * An SDK field name as the property a Spring user writes: {@code readTimeout} -> {@code
   * timeouts.read}.
   */
  static String property(String field) {
    if (field.startsWith("retry.")) {
      field = field.substring("retry.".length()); // RetryPolicy's own prefix
    }
    if (field.endsWith("Timeout")) {
      return "timeouts." + field.substring(0, field.length() - "Timeout".length());
    }
    StringBuilder sb = new StringBuilder();
    for (char c : field.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('-').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
