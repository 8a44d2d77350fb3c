package io.github.fsonboard.spring;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.is.IdentityServer;
import java.util.Objects;
import java.util.Optional;

/**
 * The clients of one WSO2 stack, built from {@code fsonboard.*} (the default target) or {@code
 * fsonboard.targets.<name>.*}.
 *
 * @param name the target's name ({@code default} for the top-level properties)
 * @param transport the transport every client of the target shares
 * @param apiManager the API Manager client, when {@code apim-url} is set
 * @param identityServer the Identity Server client, when {@code is-url} is set
 * @param apiCatalog the Developer Portal catalogue, when {@code apim-url} is set
 * @param admin the bank administrator, when {@code admin.*} is set
 */
public record FsOnboardTarget(
    String name,
    HttpTransport transport,
    Optional<ApiManager> apiManager,
    Optional<IdentityServer> identityServer,
    Optional<ApiCatalog> apiCatalog,
    Optional<BasicCredentials> admin) {

  /** Requires every component. */
  public FsOnboardTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(apiManager, "apiManager");
    Objects.requireNonNull(identityServer, "identityServer");
    Objects.requireNonNull(apiCatalog, "apiCatalog");
    Objects.requireNonNull(admin, "admin");
  }
}
