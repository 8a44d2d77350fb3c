package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.AuthorizationException;
import io.github.fsonboard.core.oauth.ClientAuthentication;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.KeycloakExtension;
import io.github.fsonboard.harness.KeycloakRealm;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.dcr.ClientRegistrationRequest;
import io.github.fsonboard.is.dcr.DcrClient;
import io.github.fsonboard.is.dcr.RegisteredClient;
import io.github.fsonboard.is.discovery.OidcConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** OIDC discovery and RFC 7591/7592 dynamic registration through the SDK against Keycloak. */
@ExtendWith(KeycloakExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveryAndRegistrationIT {

  private KeycloakRealm realm;
  private IdentityServer is;

  @BeforeAll
  void connect(KeycloakRealm realm) {
    this.realm = realm;
    this.is = Interop.identityServer(realm);
  }

  @AfterAll
  void close() {
    is.close();
  }

  @Test
  void discoveryYieldsEveryEndpointTheSdkUses() {
    OidcConfiguration c = is.oidcConfiguration();

    assertThat(c.issuer()).isEqualTo(realm.issuer());
    assertThat(is.tokenEndpoint()).isEqualTo(realm.tokenEndpoint());
    assertThat(is.introspectionEndpoint()).isEqualTo(realm.introspectionEndpoint());
    assertThat(is.revocationEndpoint()).isEqualTo(realm.revocationEndpoint());
    assertThat(is.registrationEndpoint()).isEqualTo(realm.registrationEndpoint());
    assertThat(is.jwksUri()).isEqualTo(realm.jwksUri());
    assertThat(c.authorizationEndpoint()).isEqualTo(realm.authorizationEndpoint());
    assertThat(c.codeChallengeMethodsSupported()).contains("S256");
    assertThat(c.tokenEndpointAuthMethodsSupported())
        .contains("client_secret_basic", "client_secret_post", "private_key_jwt");
    assertThat(c.supportsGrantType("client_credentials")).isTrue();
    assertThat(c.supportsGrantType("refresh_token")).isTrue();
  }

  @Test
  void registersWithAnInitialAccessTokenThenReadsUpdatesAndDeletesViaTheRegistrationUri() {
    DcrClient dcr = is.dcr(initialAccessToken());
    ClientRegistrationRequest request =
        ClientRegistrationRequest.builder()
            .clientName("tpp-interop-app")
            .redirectUris(realm.redirectUri())
            .grantTypes("client_credentials")
            .tokenEndpointAuthMethod("client_secret_basic")
            .build();

    RegisteredClient registered = dcr.register(request);

    assertThat(registered.clientId()).isNotBlank();
    assertThat(registered.clientSecret()).isNotNull();
    assertThat(registered.clientName()).isEqualTo("tpp-interop-app");
    assertThat(registered.isManageable()).isTrue();
    assertThat(registered.registrationClientUri().toString())
        .startsWith(realm.registrationEndpoint().toString());
    // The registered credentials work at the token endpoint.
    TokenResponse token =
        is.tokens(
                ClientAuthentication.clientSecretBasic(
                    registered.clientId(), registered.clientSecret()))
            .clientCredentials();
    assertThat(token.accessToken().reveal()).isNotBlank();

    RegisteredClient read = dcr.readConfiguration(registered);
    assertThat(read.clientId()).isEqualTo(registered.clientId());
    assertThat(read.clientName()).isEqualTo("tpp-interop-app");
    assertThat(read.redirectUris()).containsExactly(realm.redirectUri());

    RegisteredClient updated =
        dcr.updateConfiguration(
            read, request.toBuilder().clientName("tpp-interop-app-renamed").build());
    assertThat(updated.clientId()).isEqualTo(registered.clientId());
    assertThat(updated.clientName()).isEqualTo("tpp-interop-app-renamed");

    dcr.deleteConfiguration(updated);

    assertThatThrownBy(() -> dcr.readConfiguration(updated))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void registrationWithoutAnInitialAccessTokenIsRefused() {
    DcrClient anonymous = is.dcr(Authentication.none());
    ClientRegistrationRequest request =
        ClientRegistrationRequest.builder()
            .clientName("tpp-anonymous")
            .redirectUris(realm.redirectUri())
            .grantTypes("client_credentials")
            .build();

    assertThatThrownBy(() -> anonymous.register(request))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.payload().error()).isEqualTo("insufficient_scope"));
  }

  private Authentication initialAccessToken() {
    return Authentication.bearer(TokenProvider.of(Secret.of(realm.initialAccessToken())));
  }
}
