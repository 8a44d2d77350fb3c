package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.AuthorizationException;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.KeycloakExtension;
import io.github.fsonboard.harness.KeycloakRealm;
import io.github.fsonboard.harness.TestPki;
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

  private static final TestPki.Issued CA = TestPki.ca("interop-tpp-ca");

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

  /**
   * RFC 7592 §3 against Keycloak, which rotates the registration access token on every update
   * (ClientRegistrationTokenUtils.updateRegistrationAccessToken): the updated client carries the
   * new token, the next read uses it, and the old one is refused.
   */
  @Test
  void registersWithJwksUpdatesTheKeysAndFollowsTheRotatedRegistrationToken() {
    DcrClient dcr = is.dcr(initialAccessToken());
    TestPki.Issued first = TestPki.leaf(CA, "tpp-signing-1");
    TestPki.Issued second = TestPki.leaf(CA, "tpp-signing-2");
    ClientRegistrationRequest request =
        ClientRegistrationRequest.builder()
            .clientName("tpp-interop-jwks")
            .redirectUris(realm.redirectUri())
            .grantTypes("client_credentials")
            .tokenEndpointAuthMethod("private_key_jwt")
            .jwks(SigningKey.of(first.privateKey(), "sig-1"), first.certificate())
            .build();

    RegisteredClient registered = dcr.register(request);
    assertThat(registered.jwks())
        .hasValueSatisfying(k -> assertThat(k.getKeyByKeyId("sig-1")).isNotNull());

    RegisteredClient updated =
        dcr.updateConfiguration(
            registered,
            request.toBuilder()
                .jwks(SigningKey.of(second.privateKey(), "sig-2"), second.certificate())
                .build());
    assertThat(updated.registrationAccessToken().reveal())
        .isNotEqualTo(registered.registrationAccessToken().reveal());

    RegisteredClient read = dcr.readConfiguration(updated);
    assertThat(read.jwks())
        .hasValueSatisfying(
            k -> {
              assertThat(k.getKeyByKeyId("sig-2")).isNotNull();
              assertThat(k.getKeyByKeyId("sig-1")).isNull();
            });
    // The token the registration answered with was rotated away by the update.
    assertThatThrownBy(() -> dcr.readConfiguration(registered))
        .isInstanceOf(AuthenticationException.class);

    dcr.deleteConfiguration(read);
    assertThatThrownBy(() -> dcr.readConfiguration(read))
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
