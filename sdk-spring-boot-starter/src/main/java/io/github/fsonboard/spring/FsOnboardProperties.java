package io.github.fsonboard.spring;

import io.github.fsonboard.core.auth.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code fsonboard.*} properties. The top-level connection settings describe the default target
 * (the one behind the {@code HttpTransport}, {@code ApiManager}, {@code IdentityServer} and {@code
 * ApiCatalog} beans); {@code fsonboard.targets.<name>.*} adds more, e.g. a sandbox and a production
 * stack, reachable through {@link FsOnboardTargets}. Every problem is reported at start-up, all at
 * once, by {@link FsOnboardTargets}'s construction.
 *
 * @param apimUrl the API Manager's base URL, e.g. {@code https://apim.bank.example:9443}
 * @param isUrl the Identity Server's base URL, e.g. {@code https://is.bank.example:9446}
 * @param tenant the API Manager tenant domain, when not the super tenant
 * @param admin the bank administrator, used by the Identity Server admin APIs and the health check
 * @param trust which server certificates to trust (default: the JVM's)
 * @param clientCertificate the client certificate for mutual TLS
 * @param proxy an HTTP proxy
 * @param timeouts connect, read, write and whole-call timeouts
 * @param retry the retry policy
 * @param targets more named targets, each with the same settings as the top level
 * @param health the Actuator health contributor
 */
@ConfigurationProperties("fsonboard")
public record FsOnboardProperties(
    String apimUrl,
    String isUrl,
    String tenant,
    @NestedConfigurationProperty Credentials admin,
    @NestedConfigurationProperty TrustStore trust,
    @NestedConfigurationProperty ClientCert clientCertificate,
    @NestedConfigurationProperty Proxy proxy,
    @NestedConfigurationProperty Timeouts timeouts,
    @NestedConfigurationProperty Retry retry,
    Map<String, Target> targets,
    @NestedConfigurationProperty Health health) {

  /** The name of the target the top-level properties describe. */
  public static final String DEFAULT_TARGET = "default";

  /** Fills absent groups with empty ones. */
  public FsOnboardProperties {
    targets = targets == null ? Map.of() : Map.copyOf(targets);
    health = health == null ? new Health(null, null) : health;
  }

  /**
   * The top-level settings as a target.
   *
   * @return the default target's settings
   */
  public Target defaultTarget() {
    return new Target(
        apimUrl, isUrl, tenant, admin, trust, clientCertificate, proxy, timeouts, retry);
  }

  /**
   * One WSO2 stack.
   *
   * @param apimUrl the API Manager's base URL
   * @param isUrl the Identity Server's base URL
   * @param tenant the API Manager tenant domain
   * @param admin the bank administrator
   * @param trust which server certificates to trust
   * @param clientCertificate the client certificate for mutual TLS
   * @param proxy an HTTP proxy
   * @param timeouts the timeouts
   * @param retry the retry policy
   */
  public record Target(
      String apimUrl,
      String isUrl,
      String tenant,
      @NestedConfigurationProperty Credentials admin,
      @NestedConfigurationProperty TrustStore trust,
      @NestedConfigurationProperty ClientCert clientCertificate,
      @NestedConfigurationProperty Proxy proxy,
      @NestedConfigurationProperty Timeouts timeouts,
      @NestedConfigurationProperty Retry retry) {}

  /**
   * A user name and password; the password is bound as a {@link Secret}, so it never shows in a log
   * line or the Actuator's {@code configprops}.
   *
   * @param username the user
   * @param password the password
   */
  public record Credentials(String username, Secret password) {}

  /**
   * Server certificates to trust: a PEM file or a key store (not both).
   *
   * @param pem a PEM file of CA certificates
   * @param keyStore a JKS or PKCS#12 trust store
   * @param keyStorePassword the trust store's password
   * @param keyStoreType {@code PKCS12} (default) or {@code JKS}
   */
  public record TrustStore(Path pem, Path keyStore, Secret keyStorePassword, String keyStoreType) {}

  /**
   * The client certificate for mutual TLS: a PKCS#12 file, or a PEM chain and key.
   *
   * @param pkcs12 a PKCS#12 file holding the key and its chain
   * @param password the PKCS#12 file's password
   * @param certificatePem a PEM certificate chain
   * @param privateKeyPem the PEM private key matching {@code certificatePem}
   */
  public record ClientCert(Path pkcs12, Secret password, Path certificatePem, Path privateKeyPem) {}

  /**
   * An HTTP proxy.
   *
   * @param host the proxy's host
   * @param port the proxy's port
   * @param username the proxy user, when it asks for one
   * @param password the proxy user's password
   */
  public record Proxy(String host, Integer port, String username, Secret password) {}

  /**
   * Timeouts; absent ones keep the SDK's defaults (10 s connect, 30 s read and write, 60 s call).
   *
   * @param connect the TCP connect timeout
   * @param read the socket read timeout
   * @param write the socket write timeout
   * @param call the whole-call timeout, retries included
   */
  public record Timeouts(Duration connect, Duration read, Duration write, Duration call) {}

  /**
   * The retry policy; absent settings keep the SDK's defaults.
   *
   * @param maxAttempts attempts per call, 1 for no retry
   * @param initialBackoff the first wait
   * @param maxBackoff the longest wait
   * @param maxRetryAfter the longest {@code Retry-After} honoured
   */
  public record Retry(
      Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {}

  /**
   * The Actuator health contributor {@code fsonboard}.
   *
   * @param enabled whether it is registered (default true when Actuator's health is present)
   * @param cacheFor how long one check's result is reused (default 30 s), so that frequent probes
   *     never hammer the servers
   */
  public record Health(Boolean enabled, Duration cacheFor) {
    /** Applies the defaults. */
    public Health {
      enabled = enabled == null ? Boolean.TRUE : enabled;
      cacheFor = cacheFor == null ? Duration.ofSeconds(30) : cacheFor;
    }
  }
}
