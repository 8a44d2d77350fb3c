package io.github.fsonboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigValidationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "is.example:9443",
        "/relative/path",
        "ftp://is.example/",
        "http://is.example:9443",
        "http://10.0.0.1",
        "http://127.0.0.1.nip.io",
        "https://is.example/?tenant=a",
        "https://is.example/#frag",
        "https://admin:pw@is.example",
        "https://is.example:99999",
        "https://is.example:0",
        "https://",
        "https://is example",
        " ",
      })
  void badBaseUrlsAreRefusedNamingTheField(String url) {
    assertThatThrownBy(() -> BaseUrl.of(url, "isBaseUrl"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("isBaseUrl");
              assertThat(e.getMessage()).contains("isBaseUrl");
            });
  }

  @Test
  void credentialsInUrlAreNotEchoed() {
    assertThatThrownBy(() -> BaseUrl.of("https://admin:S3cr3t!@is.example"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("S3cr3t!"));
  }

  @Test
  void nullBaseUrl() {
    assertThatThrownBy(() -> BaseUrl.of(null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("baseUrl"));
    assertThatThrownBy(() -> new BaseUrl(null)).isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080",
        "http://localhost:9443",
        "http://[::1]:8080",
        "https://is.example",
        "HTTPS://IS.example:9446/",
        "https://apim.example/api/am/admin/v4/"
      })
  void goodBaseUrls(String url) {
    BaseUrl b = BaseUrl.of(url);
    assertThat(b.uri().isAbsolute()).isTrue();
    assertThat(b.toString()).doesNotEndWith("/");
  }

  @Test
  void baseUrlNormalisesAndResolves() {
    BaseUrl b = BaseUrl.of("HTTPS://apim.example:9443/api/am/admin/v4//");
    assertThat(b.toString()).isEqualTo("https://apim.example:9443/api/am/admin/v4");
    assertThat(b.resolve("key-managers"))
        .isEqualTo(URI.create("https://apim.example:9443/api/am/admin/v4/key-managers"));
    assertThat(b.resolve("/key-managers"))
        .isEqualTo(URI.create("https://apim.example:9443/api/am/admin/v4/key-managers"));
    assertThat(BaseUrl.of("https://is.example").resolve("/oauth2/token"))
        .isEqualTo(URI.create("https://is.example/oauth2/token"));
  }

  @Test
  void timeoutsMustBePositiveAndFinite() {
    for (Duration bad :
        new Duration[] {
          Duration.ZERO, Duration.ofSeconds(-1), Duration.ofNanos(1), null, Duration.ofDays(30)
        }) {
      assertThatThrownBy(() -> HttpConfig.builder().connectTimeout(bad).build())
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("connectTimeout"));
      assertThatThrownBy(() -> HttpConfig.builder().readTimeout(bad).build())
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("readTimeout"));
      assertThatThrownBy(() -> HttpConfig.builder().writeTimeout(bad).build())
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> HttpConfig.builder().callTimeout(bad).build())
          .isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void allBadFieldsAreReportedTogether() {
    assertThatThrownBy(
            () ->
                HttpConfig.builder()
                    .connectTimeout(Duration.ZERO)
                    .readTimeout(Duration.ofSeconds(-5))
                    .userAgent(" ")
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("connectTimeout", "readTimeout", "userAgent"));
    assertThatThrownBy(() -> HttpConfig.builder().userAgent("a\nb").build())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void settersRecordBadValuesAndBuildNamesEveryOne() {
    HttpConfig.Builder b =
        HttpConfig.builder()
            .trust(null)
            .retryPolicy(null)
            .responseLimits(null)
            .serverKeyStrength(null)
            .trustedOrigins(
                "ftp://a.example", "https://ok.example", "https://admin:S3cr3t@b.example")
            .listener(null)
            .callTimeout(Duration.ZERO);
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly(
                      "trust",
                      "retryPolicy",
                      "responseLimits",
                      "serverKeyStrength",
                      "trustedOrigins",
                      "trustedOrigins",
                      "listener",
                      "callTimeout");
              assertThat(e.getMessage()).doesNotContain("S3cr3t");
            });
    // setting a field again replaces its problem, as it replaces a good value
    HttpConfig fixed =
        b.trust(Trust.system())
            .retryPolicy(RetryPolicy.none())
            .responseLimits(ResponseLimits.defaults())
            .serverKeyStrength(io.github.fsonboard.core.http.KeyStrengthPolicy.defaults())
            .trustedOrigins("https://ok.example")
            .listener(io.github.fsonboard.core.observe.SdkListener.NONE)
            .callTimeout(Duration.ofSeconds(5))
            .build();
    assertThat(fixed.trustedOrigins()).containsExactly(URI.create("https://ok.example"));
    assertThatThrownBy(() -> HttpConfig.builder().trustedOrigins((String[]) null).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("trustedOrigins"));
  }

  @Test
  void defaultsAreSaneAndUsableByOkHttp() {
    HttpConfig d = HttpConfig.defaults();
    assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(d.trust().toString()).isEqualTo("Trust[system]");
    assertThat(d.proxy()).isNull();
    assertThat(d.clientCertificate()).isNull();
    assertThat(d.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(d.userAgent()).startsWith("fs-onboard-sdk/");
    HttpConfig edge =
        d.toBuilder().connectTimeout(Duration.ofMillis(1)).callTimeout(Duration.ofDays(1)).build();
    try (HttpTransport t = HttpTransport.create(edge)) {
      assertThat(t.config().connectTimeout()).isEqualTo(Duration.ofMillis(1));
      assertThat(t.toString()).contains("HttpTransport[HttpConfig[");
    }
  }

  @Test
  void proxyValidation() {
    assertThatThrownBy(() -> ProxyConfig.http(" ", 8080))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("proxy.host"));
    assertThatThrownBy(() -> ProxyConfig.http("p", 0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("proxy.port"));
    assertThatThrownBy(() -> ProxyConfig.http("p", 65536)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new ProxyConfig("p", 1, "u", null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("proxy.username"));
    ProxyConfig ok = ProxyConfig.http("proxy.example", 3128).withCredentials("u", Secret.of("pp"));
    assertThat(ok.hasCredentials()).isTrue();
    assertThat(ok.toString()).doesNotContain("pp]").contains("Secret[****]");
    assertThat(HttpConfig.builder().proxy(ok).build().toString()).contains("proxy.example:3128");
  }

  @Test
  void retryPolicyValidation() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("retry.maxAttempts"));
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(21).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ZERO).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("retry.initialBackoff"));
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(null).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("retry.maxRetryAfter"));
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5).build())
        .isInstanceOf(ValidationException.class);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.defaults().retryableStatuses())
        .isEqualTo(Set.of(408, 429, 502, 503, 504));
    assertThat(RetryPolicy.builder().retryableStatuses(null).build().retryableStatuses()).isEmpty();
    assertThat(RetryPolicy.defaults().retryRateLimitedPosts()).isFalse();
    assertThat(RetryPolicy.builder().retryRateLimitedPosts(true).build().retryRateLimitedPosts())
        .isTrue();
  }

  @Test
  void retryPolicyNamesEveryBadComponentAtOnce() {
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .maxAttempts(0)
                    .initialBackoff(Duration.ofSeconds(2))
                    .maxBackoff(Duration.ofSeconds(1))
                    .multiplier(Double.NaN)
                    .jitter(2)
                    .retryableStatuses(Set.of(200))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "retry.maxAttempts",
                        "retry.maxBackoff",
                        "retry.multiplier",
                        "retry.jitter",
                        "retry.retryableStatuses"));
  }

  @Test
  void backoffAndCap() {
    RetryPolicy p =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(300))
            .jitter(0)
            .maxRetryAfter(Duration.ofSeconds(10))
            .build();
    assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.backoff(3)).isEqualTo(Duration.ofMillis(300));
    assertThat(p.backoff(30)).isEqualTo(Duration.ofMillis(300));
    assertThat(p.capRetryAfter(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.capRetryAfter(Duration.ofDays(5))).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.capRetryAfter(Duration.ofSeconds(-5))).isEqualTo(Duration.ZERO);
  }

  @Test
  void validationCollector() {
    Validation v = new Validation();
    assertThat(v.isValid()).isTrue();
    v.require(true, "a", "never").require(false, "b", "is bad").add("c", "is worse");
    assertThat(v.violations())
        .containsExactly(new Violation("b", "is bad"), new Violation("c", "is worse"));
    assertThatThrownBy(v::throwIfInvalid)
        .isInstanceOf(ValidationException.class)
        .hasMessage("2 invalid values: b: is bad; c: is worse");
    assertThatThrownBy(() -> Validation.requireNonBlank(" ", "name")).hasMessageContaining("name");
    assertThat(Validation.requireNonNull("x", "f")).isEqualTo("x");
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
