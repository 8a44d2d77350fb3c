package io.github.fsonboard.core.http;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.builder.BuilderProblems;
import io.github.fsonboard.core.observe.SdkListener;
import java.time.Duration;

/**
 * Transport settings shared by every call of a client: timeouts, TLS trust, mTLS client
 * certificate, proxy, retry policy and user agent. Immutable; derive variants with {@link
 * #toBuilder()}.
 *
 * <p>Defaults: connect 10 s, read 30 s, write 30 s, whole call 60 s (never infinite), the JVM's
 * trust store, no proxy, no client certificate, {@link RetryPolicy#defaults()}, {@link
 * ResponseLimits#defaults()}.
 *
 * <pre>{@code
 * HttpConfig http = HttpConfig.builder()
 *     .trust(Trust.pem(Path.of("wso2carbon.pem")))
 *     .readTimeout(Duration.ofSeconds(20))
 *     .proxy(ProxyConfig.http("proxy.bank.example", 3128))
 *     .build();
 * }</pre>
 */
public final class HttpConfig {
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final Trust trust;
  private final ClientCertificate clientCertificate;
  private final ProxyConfig proxy;
  private final RetryPolicy retryPolicy;
  private final String userAgent;
  private final ResponseLimits responseLimits;
  private final KeyStrengthPolicy serverKeyStrength;
  private final java.util.List<java.net.URI> trustedOrigins;
  private final SdkListener listener;

  private HttpConfig(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.trust = b.trust == null ? Trust.system() : b.trust;
    this.clientCertificate = b.clientCertificate;
    this.proxy = b.proxy;
    this.retryPolicy = b.retryPolicy;
    this.userAgent = b.userAgent;
    this.responseLimits = b.responseLimits;
    this.serverKeyStrength = b.serverKeyStrength;
    this.trustedOrigins = b.trustedOrigins;
    this.listener = b.listener;
  }

  /**
   * The defaults.
   *
   * @return a configuration with default settings
   */
  public static HttpConfig defaults() {
    return builder().build();
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this configuration's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.trust = trust;
    b.clientCertificate = clientCertificate;
    b.proxy = proxy;
    b.retryPolicy = retryPolicy;
    b.userAgent = userAgent;
    b.responseLimits = responseLimits;
    b.serverKeyStrength = serverKeyStrength;
    b.trustedOrigins = trustedOrigins;
    b.listener = listener;
    return b;
  }

  /**
   * Returns the TCP connect timeout.
   *
   * @return a positive duration
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the socket read timeout.
   *
   * @return a positive duration
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the socket write timeout.
   *
   * @return a positive duration
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * Returns the timeout for a whole call, retries included.
   *
   * @return a positive duration
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns the server-certificate trust.
   *
   * @return never null
   */
  public Trust trust() {
    return trust;
  }

  /**
   * Returns the mTLS client certificate.
   *
   * @return the certificate, or null for none
   */
  public ClientCertificate clientCertificate() {
    return clientCertificate;
  }

  /**
   * Returns the proxy.
   *
   * @return the proxy, or null for a direct connection
   */
  public ProxyConfig proxy() {
    return proxy;
  }

  /**
   * Returns the retry policy.
   *
   * @return never null
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the {@code User-Agent} header value.
   *
   * @return never null
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Returns how many bytes of each kind of response body are read.
   *
   * @return the limits
   */
  public ResponseLimits responseLimits() {
    return responseLimits;
  }

  /**
   * Returns the strength floor for server certificates: every certificate of a server's chain and
   * its trust anchor must have keys at least this strong, and no certificate but a self-signed
   * anchor may be signed with MD5 or SHA-1. Not applied to a {@link Trust#sslContext custom
   * SSLContext}, whose trust is the caller's own.
   *
   * @return the policy
   */
  public KeyStrengthPolicy serverKeyStrength() {
    return serverKeyStrength;
  }

  /**
   * Returns the origins, besides the one configured for each client, that a server may point
   * credentials at (a {@code registration_client_uri}, endpoints from a discovery document).
   *
   * @return the origins as {@code scheme://host[:port]} URIs, empty by default
   */
  public java.util.List<java.net.URI> trustedOrigins() {
    return trustedOrigins;
  }

  /**
   * Returns the listener told about every HTTP attempt and token fetch.
   *
   * @return the listener, {@link SdkListener#NONE} by default
   */
  public SdkListener listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "HttpConfig[connect="
        + connectTimeout
        + ", read="
        + readTimeout
        + ", write="
        + writeTimeout
        + ", call="
        + callTimeout
        + ", "
        + trust
        + (clientCertificate == null ? "" : ", " + clientCertificate)
        + (proxy == null ? "" : ", proxy=" + proxy.host() + ":" + proxy.port())
        + ", retry="
        + retryPolicy.maxAttempts()
        + " attempts]";
  }

  /** Builds an {@link HttpConfig}. Not thread-safe. */
  public static final class Builder {
    private static final Duration MAX_TIMEOUT = Duration.ofDays(1);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private Trust trust;
    private ClientCertificate clientCertificate;
    private ProxyConfig proxy;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent = "fs-onboard-sdk/" + SdkVersion.VERSION;
    private ResponseLimits responseLimits = ResponseLimits.defaults();
    private KeyStrengthPolicy serverKeyStrength = KeyStrengthPolicy.defaults();
    private java.util.List<java.net.URI> trustedOrigins = java.util.List.of();
    private SdkListener listener = SdkListener.NONE;
    // setters record refused values here so that build() names every bad field at once
    private final BuilderProblems problems = new BuilderProblems();

    private Builder() {}

    /**
     * Sets the TCP connect timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * Sets the socket read timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Sets the socket write timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout;
      return this;
    }

    /**
     * Sets the whole-call timeout (retries included).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets the server-certificate trust.
     *
     * @param trust the trust source
     * @return this builder
     */
    public Builder trust(Trust trust) {
      this.trust = problems.required("trust", trust);
      return this;
    }

    /**
     * Sets the mTLS client certificate.
     *
     * @param clientCertificate the certificate, or null for none
     * @return this builder
     */
    public Builder clientCertificate(ClientCertificate clientCertificate) {
      this.clientCertificate = clientCertificate;
      return this;
    }

    /**
     * Sets the proxy.
     *
     * @param proxy the proxy, or null for a direct connection
     * @return this builder
     */
    public Builder proxy(ProxyConfig proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = problems.required("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * Sets the {@code User-Agent}.
     *
     * @param userAgent the header value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /**
     * Sets how many bytes of each kind of response body are read.
     *
     * @param responseLimits the limits
     * @return this builder
     */
    public Builder responseLimits(ResponseLimits responseLimits) {
      this.responseLimits = problems.required("responseLimits", responseLimits);
      return this;
    }

    /**
     * Sets the strength floor for server certificates (default RSA 2048, EC 256), e.g. {@code new
     * KeyStrengthPolicy(1024, 256)} for a legacy test server. MD5 and SHA-1 signatures are always
     * refused.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder serverKeyStrength(KeyStrengthPolicy policy) {
      this.serverKeyStrength = problems.required("serverKeyStrength", policy);
      return this;
    }

    /**
     * Lets servers point credentials at these origins too, e.g. when an IS behind a proxy publishes
     * its endpoints under its internal host name. By default a {@code registration_client_uri} or a
     * discovered endpoint must be on the origin the client was configured with.
     *
     * @param origins {@code https://host[:port]} URLs (http only for loopback)
     * @return this builder (an unusable URL is reported by {@link #build()})
     */
    public Builder trustedOrigins(String... origins) {
      this.trustedOrigins = problems.parsed("trustedOrigins", () -> parseOrigins(origins));
      return this;
    }

    private static java.util.List<java.net.URI> parseOrigins(String... origins) {
      Validation v = new Validation();
      java.util.List<java.net.URI> list = new java.util.ArrayList<>();
      for (String o : Validation.requireNonNull(origins, "trustedOrigins")) {
        try {
          list.add(BaseUrl.of(o, "trustedOrigins").uri());
        } catch (ValidationException e) {
          v.addAll(e); // every unusable origin is named, not only the first
        }
      }
      v.throwIfInvalid();
      return java.util.List.copyOf(list);
    }

    /**
     * Sets the listener told about every HTTP attempt (method, route template, status, duration,
     * attempt number, retry reason, error kind) and every token fetch of the clients using this
     * transport, e.g. sdk-micrometer's. Combine several with {@link SdkListener#of}. A listener
     * that throws never breaks a call.
     *
     * @param listener the listener ({@link SdkListener#NONE} to observe nothing)
     * @return this builder
     */
    public Builder listener(SdkListener listener) {
      this.listener = problems.required("listener", listener);
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws ValidationException naming every bad field
     */
    public HttpConfig build() {
      BuilderProblems.Check v = problems.check();
      checkTimeout(v, connectTimeout, "connectTimeout");
      checkTimeout(v, readTimeout, "readTimeout");
      checkTimeout(v, writeTimeout, "writeTimeout");
      checkTimeout(v, callTimeout, "callTimeout");
      v.require(
          userAgent != null
              && !userAgent.isBlank()
              && userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
          "userAgent",
          "must be a non-blank header value of printable ASCII characters");
      v.throwIfInvalid();
      return new HttpConfig(this);
    }

    private static void checkTimeout(BuilderProblems.Check v, Duration d, String field) {
      // OkHttp counts whole milliseconds and treats 0 as infinite; it rejects > Integer.MAX_VALUE.
      v.require(
          d != null && d.compareTo(Duration.ofMillis(1)) >= 0 && d.compareTo(MAX_TIMEOUT) <= 0,
          field,
          "must be between 1 ms and 1 day (infinite timeouts are not allowed)");
    }
  }
}
