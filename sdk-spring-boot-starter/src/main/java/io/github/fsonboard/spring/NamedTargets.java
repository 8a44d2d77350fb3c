package io.github.fsonboard.spring;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.core.http.HttpTransport;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;

/** The clients of a {@code fsonboard.targets.<name>}: the starter builds and closes them. */
final class NamedTargets {
  private NamedTargets() {}

  static FsOnboardTarget build(String name, TargetSettings s) {
    HttpTransport transport = HttpTransport.create(s.http());
    Optional<ApiManager> apim =
        Optional.ofNullable(s.apimUrl())
            .map(url -> TargetFactory.apiManager(url, s.tenant(), transport));
    return new FsOnboardTarget(
        name,
        transport,
        apim,
        Optional.ofNullable(s.isUrl())
            .map(url -> TargetFactory.identityServer(url, s.admin(), transport)),
        apim.map(a -> ApiCatalog.of(a, Duration.ofMinutes(10))),
        Optional.ofNullable(s.admin()));
  }

  /** Closes the named targets' transports with the context (the default one is a bean itself). */
  static final class Closer implements DisposableBean {
    private final FsOnboardTargets targets;

    Closer(FsOnboardTargets targets) {
      this.targets = targets;
    }

    @Override
    public void destroy() {
      for (String name : targets.names()) {
        if (!FsOnboardProperties.DEFAULT_TARGET.equals(name)) {
          targets.get(name).transport().close();
        }
      }
    }
  }
}
