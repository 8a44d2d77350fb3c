package io.github.fsonboard.spring;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.observe.SdkListener;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.micrometer.MicrometerSdkListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the FS Onboard SDK from {@code fsonboard.*}: an {@link HttpTransport}, and
 * when their URLs are set an {@link ApiManager}, an {@link ApiCatalog} and an {@link
 * IdentityServer}, each backing off when the application defines its own (the SDK clients then use
 * the application's transport); {@link FsOnboardTargets} for every target; Micrometer meters when
 * Micrometer is on the class path; the Actuator health contributor {@code fsonboard}.
 */
@AutoConfiguration
@EnableConfigurationProperties(FsOnboardProperties.class)
public class FsOnboardAutoConfiguration {

  /** Creates the auto-configuration (Spring does). */
  public FsOnboardAutoConfiguration() {}

  /**
   * Binds passwords as {@link io.github.fsonboard.core.auth.Secret}.
   *
   * @return the converter
   */
  @Bean
  @ConfigurationPropertiesBinding
  static org.springframework.core.convert.converter.Converter<
          String, io.github.fsonboard.core.auth.Secret>
      fsOnboardSecretConverter() {
    return new SecretConverter();
  }

  @Bean
  Map<String, TargetSettings> fsOnboardTargetSettings(
      FsOnboardProperties properties,
      ObjectProvider<SdkListener> listeners,
      ObjectProvider<TargetListeners> perTarget) {
    List<SdkListener> mine = listeners.orderedStream().toList();
    TargetListeners extra = perTarget.getIfAvailable();
    return TargetSettings.of(
        properties,
        name -> {
          List<SdkListener> all = new ArrayList<>(mine);
          if (extra != null) {
            all.add(extra.forTarget(name));
          }
          return SdkListener.of(all);
        });
  }

  /**
   * The default target's transport.
   *
   * @param settings the checked settings
   * @return the transport (closed with the context)
   */
  @Bean
  @ConditionalOnMissingBean
  HttpTransport fsOnboardHttpTransport(Map<String, TargetSettings> settings) {
    return HttpTransport.create(settings.get(FsOnboardProperties.DEFAULT_TARGET).http());
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "fsonboard", name = "apim-url")
  ApiManager fsOnboardApiManager(Map<String, TargetSettings> settings, HttpTransport transport) {
    TargetSettings s = settings.get(FsOnboardProperties.DEFAULT_TARGET);
    return TargetFactory.apiManager(s.apimUrl(), s.tenant(), transport);
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "fsonboard", name = "apim-url")
  ApiCatalog fsOnboardApiCatalog(ApiManager apiManager) {
    // A long-lived service: tiers may change, so findings are looked up again after a while.
    return ApiCatalog.of(apiManager, Duration.ofMinutes(10));
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "fsonboard", name = "is-url")
  IdentityServer fsOnboardIdentityServer(
      Map<String, TargetSettings> settings, HttpTransport transport) {
    TargetSettings s = settings.get(FsOnboardProperties.DEFAULT_TARGET);
    return TargetFactory.identityServer(s.isUrl(), s.admin(), transport);
  }

  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  FsOnboardTargets fsOnboardTargets(
      Map<String, TargetSettings> settings,
      HttpTransport transport,
      ObjectProvider<ApiManager> apiManager,
      ObjectProvider<IdentityServer> identityServer,
      ObjectProvider<ApiCatalog> apiCatalog) {
    Map<String, FsOnboardTarget> targets = new LinkedHashMap<>();
    settings.forEach(
        (name, s) -> {
          if (FsOnboardProperties.DEFAULT_TARGET.equals(name)) {
            targets.put(
                name,
                new FsOnboardTarget(
                    name,
                    transport,
                    Optional.ofNullable(apiManager.getIfAvailable()),
                    Optional.ofNullable(identityServer.getIfAvailable()),
                    Optional.ofNullable(apiCatalog.getIfAvailable()),
                    Optional.ofNullable(s.admin())));
          } else {
            targets.put(name, NamedTargets.build(name, s));
          }
        });
    return new FsOnboardTargets(targets);
  }

  @Bean
  NamedTargets.Closer fsOnboardNamedTargetsCloser(FsOnboardTargets targets) {
    return new NamedTargets.Closer(targets);
  }

  /** Micrometer meters tagged with each target's name, when Micrometer is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MeterRegistry.class, MicrometerSdkListener.class})
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    TargetListeners fsOnboardMetricsListeners(ObjectProvider<MeterRegistry> registry) {
      return name -> {
        MeterRegistry r = registry.getIfAvailable();
        return r == null ? SdkListener.NONE : new MicrometerSdkListener(r, name);
      };
    }
  }

  /**
   * The Actuator health contributor on Spring Boot 4 (its health API moved to spring-boot-health).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = BOOT4_HEALTH_INDICATOR)
  @ConditionalOnProperty(
      prefix = "fsonboard.health",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class HealthContributor {
    @Bean
    @ConditionalOnMissingBean
    FsOnboardHealthIndicator fsonboardHealthIndicator(
        FsOnboardTargets targets, FsOnboardProperties properties) {
      return new FsOnboardHealthIndicator(healthCheck(targets, properties));
    }
  }

  /**
   * The same contributor on Spring Boot 3.5 (health API in spring-boot-actuator). Off when Boot 4's
   * API is present too, so one application never gets two {@code fsonboard} contributors.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = BOOT3_HEALTH_INDICATOR)
  @ConditionalOnMissingClass(BOOT4_HEALTH_INDICATOR)
  @ConditionalOnProperty(
      prefix = "fsonboard.health",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class Boot3HealthContributor {
    @Bean
    @ConditionalOnMissingBean
    FsOnboardBoot3HealthIndicator fsonboardHealthIndicator(
        FsOnboardTargets targets, FsOnboardProperties properties) {
      return new FsOnboardBoot3HealthIndicator(healthCheck(targets, properties));
    }
  }

  private static final String BOOT4_HEALTH_INDICATOR =
      "org.springframework.boot.health.contributor.HealthIndicator";
  private static final String BOOT3_HEALTH_INDICATOR =
      "org.springframework.boot.actuate.health.HealthIndicator";

  /** The one health check both Boot lines' contributors adapt. */
  private static FsOnboardHealthCheck healthCheck(
      FsOnboardTargets targets, FsOnboardProperties properties) {
    return new FsOnboardHealthCheck(targets, properties.health().cacheFor());
  }
}
