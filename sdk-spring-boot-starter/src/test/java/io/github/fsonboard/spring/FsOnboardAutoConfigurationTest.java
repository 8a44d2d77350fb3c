package io.github.fsonboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.observe.HttpAttemptEvent;
import io.github.fsonboard.core.observe.SdkListener;
import io.github.fsonboard.is.IdentityServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every conditional and property of {@link FsOnboardAutoConfiguration}. */
class FsOnboardAutoConfigurationTest {
  private static final String APIM = "fsonboard.apim-url=https://apim.bank.example:9443";
  private static final String IS = "fsonboard.is-url=https://is.bank.example:9446";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(FsOnboardAutoConfiguration.class));

  @Test
  void withoutUrlsOnlyTheTransportAndTheTargetsExist() {
    runner.run(
        c -> {
          assertThat(c).hasSingleBean(HttpTransport.class).hasSingleBean(FsOnboardTargets.class);
          assertThat(c)
              .doesNotHaveBean(ApiManager.class)
              .doesNotHaveBean(IdentityServer.class)
              .doesNotHaveBean(ApiCatalog.class);
          assertThat(c.getBean(FsOnboardTargets.class).names()).containsExactly("default");
        });
  }

  @Test
  void theUrlsGiveClientsThatShareTheTransportBean() {
    runner
        .withPropertyValues(APIM, IS, "fsonboard.tenant=bank.example")
        .run(
            c -> {
              HttpTransport transport = c.getBean(HttpTransport.class);
              ApiManager apim = c.getBean(ApiManager.class);
              assertThat(apim.transport()).isSameAs(transport);
              assertThat(apim.baseUrl().uri()).hasToString("https://apim.bank.example:9443");
              assertThat(apim.tenant()).contains("bank.example");
              assertThat(c.getBean(IdentityServer.class).transport()).isSameAs(transport);
              assertThat(c).hasSingleBean(ApiCatalog.class);
              FsOnboardTarget d = c.getBean(FsOnboardTargets.class).get("default");
              assertThat(d.apiManager()).containsSame(apim);
              assertThat(d.admin()).isEmpty();
            });
  }

  @Test
  void theApplicationsOwnBeansWinAndItsTransportIsUsed() {
    HttpTransport mine = HttpTransport.create(HttpConfig.defaults());
    runner
        .withPropertyValues(APIM, IS)
        .withBean(HttpTransport.class, () -> mine)
        .withBean(
            IdentityServer.class,
            () -> IdentityServer.builder().baseUrl("https://other.example").transport(mine).build())
        .run(
            c -> {
              assertThat(c.getBean(HttpTransport.class)).isSameAs(mine);
              assertThat(c.getBean(ApiManager.class).transport()).isSameAs(mine);
              assertThat(c.getBean(IdentityServer.class).baseUrl().uri().getHost())
                  .isEqualTo("other.example");
            });
    runner
        .withPropertyValues(APIM)
        .withBean(ApiManager.class, () -> ApiManager.builder().baseUrl("https://x.example").build())
        .run(
            c ->
                assertThat(c.getBean(ApiManager.class).baseUrl().uri().getHost())
                    .isEqualTo("x.example"));
  }

  @Test
  void transportPropertiesReachTheHttpConfig() {
    runner
        .withPropertyValues(
            APIM,
            "fsonboard.timeouts.connect=2s",
            "fsonboard.timeouts.read=3s",
            "fsonboard.timeouts.write=4s",
            "fsonboard.timeouts.call=20s",
            "fsonboard.retry.max-attempts=5",
            "fsonboard.retry.initial-backoff=50ms",
            "fsonboard.retry.max-backoff=2s",
            "fsonboard.retry.max-retry-after=10s",
            "fsonboard.proxy.host=proxy.bank.example",
            "fsonboard.proxy.port=3128",
            "fsonboard.proxy.username=svc",
            "fsonboard.proxy.password=proxy-secret-1",
            "fsonboard.admin.username=admin",
            "fsonboard.admin.password=admin-secret-1")
        .run(
            c -> {
              HttpConfig h = c.getBean(HttpTransport.class).config();
              assertThat(h.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
              assertThat(h.readTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(h.writeTimeout()).isEqualTo(Duration.ofSeconds(4));
              assertThat(h.callTimeout()).isEqualTo(Duration.ofSeconds(20));
              assertThat(h.retryPolicy().maxAttempts()).isEqualTo(5);
              assertThat(h.retryPolicy().initialBackoff()).isEqualTo(Duration.ofMillis(50));
              assertThat(h.proxy().host()).isEqualTo("proxy.bank.example");
              assertThat(h.proxy().port()).isEqualTo(3128);
              assertThat(h.proxy().password().reveal()).isEqualTo("proxy-secret-1");
              FsOnboardProperties p = c.getBean(FsOnboardProperties.class);
              assertThat(p.admin().password().reveal()).isEqualTo("admin-secret-1");
              // Bound as secrets: neither the properties nor the targets print them.
              assertThat(p.toString() + c.getBean(FsOnboardTargets.class).get("default"))
                  .doesNotContain("admin-secret-1")
                  .doesNotContain("proxy-secret-1");
              assertThat(c.getBean(FsOnboardTargets.class).get("default").admin()).isPresent();
            });
  }

  @Test
  void everyBadPropertyIsNamedAtOnce() {
    runner
        .withPropertyValues(
            "fsonboard.apim-url=ftp://apim.bank.example",
            "fsonboard.timeouts.read=0s",
            "fsonboard.retry.max-attempts=99",
            "fsonboard.proxy.host=proxy",
            "fsonboard.proxy.port=70000",
            "fsonboard.trust.pem=/no/such/ca.pem",
            "fsonboard.admin.username=admin",
            "fsonboard.targets.sandbox.is-url=not a url",
            "fsonboard.targets.empty.tenant=x")
        .run(
            c -> {
              assertThat(c).hasFailed();
              Throwable root = c.getStartupFailure();
              while (root.getCause() != null && !(root instanceof ValidationException)) {
                root = root.getCause();
              }
              assertThat(root).isInstanceOf(ValidationException.class);
              assertThat(((ValidationException) root).violations())
                  .extracting(Violation::field)
                  .containsExactlyInAnyOrder(
                      "fsonboard.trust.pem",
                      "fsonboard.proxy.port",
                      "fsonboard.retry.max-attempts",
                      "fsonboard.timeouts.read",
                      "fsonboard.apim-url",
                      "fsonboard.admin.password",
                      "fsonboard.targets.sandbox.is-url",
                      "fsonboard.targets.empty");
              assertThat(root.getMessage())
                  .contains("fsonboard.timeouts.read")
                  .contains("fsonboard.targets.sandbox.is-url");
            });
  }

  @Test
  void namedTargetsGetTheirOwnClientsAndTransport() {
    runner
        .withPropertyValues(
            APIM,
            "fsonboard.targets.sandbox.apim-url=https://apim.sandbox.example",
            "fsonboard.targets.sandbox.is-url=https://is.sandbox.example",
            "fsonboard.targets.sandbox.retry.max-attempts=1")
        .run(
            c -> {
              FsOnboardTargets targets = c.getBean(FsOnboardTargets.class);
              assertThat(targets.names()).containsExactly("default", "sandbox");
              FsOnboardTarget sandbox = targets.get("sandbox");
              assertThat(sandbox.transport()).isNotSameAs(c.getBean(HttpTransport.class));
              assertThat(sandbox.transport().config().retryPolicy().maxAttempts()).isEqualTo(1);
              assertThat(sandbox.apiManager().orElseThrow().baseUrl().uri().getHost())
                  .isEqualTo("apim.sandbox.example");
              assertThat(sandbox.identityServer()).isPresent();
              assertThat(sandbox.apiCatalog()).isPresent();
              assertThat(targets.find("prod")).isEmpty();
            });
  }

  @Test
  void withAMeterRegistryEveryTargetsTransportRecordsMetersTaggedWithItsName() {
    runner
        .withPropertyValues(APIM, "fsonboard.targets.sandbox.is-url=https://is.sandbox.example")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            c -> {
              assertThat(c).hasSingleBean(TargetListeners.class);
              SdkListener l = c.getBean(HttpTransport.class).config().listener();
              assertThat(l).isNotSameAs(SdkListener.NONE);
              l.onHttpAttempt(anAttempt());
              c.getBean(FsOnboardTargets.class)
                  .get("sandbox")
                  .transport()
                  .config()
                  .listener()
                  .onHttpAttempt(anAttempt());
              MeterRegistry r = c.getBean(MeterRegistry.class);
              assertThat(r.get("fsonboard.http.attempts").tag("target", "default").timer().count())
                  .isEqualTo(1);
              assertThat(r.get("fsonboard.http.attempts").tag("target", "sandbox").timer().count())
                  .isEqualTo(1);
            });
  }

  @Test
  void withoutMicrometerNothingListensUnlessTheApplicationDoes() {
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            c -> {
              assertThat(c).doesNotHaveBean(TargetListeners.class);
              assertThat(c.getBean(HttpTransport.class).config().listener())
                  .isSameAs(SdkListener.NONE);
            });
    SdkListener mine = new SdkListener() {};
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .withBean(SdkListener.class, () -> mine)
        .run(c -> assertThat(c.getBean(HttpTransport.class).config().listener()).isSameAs(mine));
  }

  private static HttpAttemptEvent anAttempt() {
    return new HttpAttemptEvent(
        "GET",
        "/x",
        200,
        Duration.ofMillis(1),
        1,
        io.github.fsonboard.core.observe.RetryReason.NONE,
        io.github.fsonboard.core.observe.ErrorKind.NONE);
  }
}
