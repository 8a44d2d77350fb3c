package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.KeycloakExtension;
import io.github.fsonboard.harness.KeycloakRealm;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.introspection.IntrospectionClient;
import io.github.fsonboard.is.introspection.IntrospectionResult;
import io.github.fsonboard.is.revocation.RevocationClient;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** RFC 7662 introspection, RFC 7009 revocation and the JWKS through the SDK against Keycloak. */
@ExtendWith(KeycloakExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntrospectionRevocationJwksIT {

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
  void theResourceServerSeesAnIssuedTokenActiveWithItselfInTheAudience() {
    Secret token = clientCredentialsToken().accessToken();

    for (IntrospectionClient introspection :
        new IntrospectionClient[] {
          is.introspection(Interop.basic(realm.resourceServer())),
          is.introspection(Interop.post(realm.resourceServer()))
        }) {
      IntrospectionResult result = introspection.introspect(token);

      assertThat(result.active()).isTrue();
      assertThat(result.clientId()).isEqualTo(realm.clientCredentials().clientId());
      assertThat(result.audience()).contains(realm.resourceServer().clientId());
      assertThat(result.issuer()).isEqualTo(realm.issuer());
      assertThat(result.expiresAt()).isAfter(Instant.now());
      assertThat(result.tokenType()).isEqualToIgnoringCase("Bearer");
    }
  }

  @Test
  void aClientNotInTheAudienceSeesTheTokenInactive() {
    Secret token = clientCredentialsToken().accessToken();

    // Keycloak 26.6+: the introspecting client must be in aud, even for its own token.
    IntrospectionResult own =
        is.introspection(Interop.basic(realm.clientCredentials())).introspect(token);

    assertThat(own.active()).isFalse();
  }

  @Test
  void anUnknownTokenIsInactive() {
    IntrospectionResult result =
        is.introspection(Interop.basic(realm.resourceServer()))
            .introspect(Secret.of("not-a-token-keycloak-ever-issued"));

    assertThat(result.active()).isFalse();
  }

  @Test
  void aRevokedAccessTokenIntrospectsInactive() {
    Secret token = clientCredentialsToken().accessToken();
    IntrospectionClient introspection = is.introspection(Interop.basic(realm.resourceServer()));
    assertThat(introspection.introspect(token).active()).isTrue();

    is.revocation(Interop.basic(realm.clientCredentials()))
        .revoke(token, RevocationClient.ACCESS_TOKEN);

    assertThat(introspection.introspect(token).active()).isFalse();
  }

  @Test
  void revokingAnUnknownTokenSucceedsPerRfc7009() {
    is.revocation(Interop.post(realm.clientCredentials())).revoke(Secret.of("never-issued-token"));

    assertThat(
            is.introspection(Interop.basic(realm.resourceServer()))
                .introspect(Secret.of("never-issued-token"))
                .active())
        .isFalse();
  }

  @Test
  void jwksHoldsTheKeyThatSignedTheAccessToken() throws Exception {
    SignedJWT jwt = SignedJWT.parse(clientCredentialsToken().accessToken().reveal());

    JWK key = is.jwks().keyById(jwt.getHeader().getKeyID()).orElseThrow();

    assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
    assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
    assertThat(is.jwks().keys("sig", jwt.getHeader().getAlgorithm().getName())).contains(key);
    assertThat(jwt.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(realm.issuer());
  }

  private TokenResponse clientCredentialsToken() {
    return is.tokens(Interop.basic(realm.clientCredentials())).clientCredentials();
  }
}
