package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.oauth.DpopKey;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.harness.KeycloakExtension;
import io.github.fsonboard.harness.KeycloakRealm;
import io.github.fsonboard.is.IdentityServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DPoP (RFC 9449) against Keycloak 26, whose {@code dpop} feature is on by default: {@link
 * OAuthTokenClient.Builder#dpop(DpopKey)} gets a token bound to the key ({@code token_type} DPoP,
 * {@code cnf.jkt} the key's RFC 7638 thumbprint), and a proof the server cannot accept ends in a
 * typed OAuth error.
 */
@ExtendWith(KeycloakExtension.class)
class DpopIT {

  /**
   * A client credentials grant of the realm's confidential client, proofs signed with {@code key}.
   */
  private static TokenResponse token(KeycloakRealm realm, DpopKey key) {
    try (IdentityServer is = Interop.identityServer(realm)) {
      return OAuthTokenClient.builder()
          .tokenEndpoint(is.tokenEndpoint())
          .clientAuthentication(Interop.basic(realm.clientCredentials()))
          .dpop(key)
          .build()
          .clientCredentials();
    }
  }

  @Test
  void theServerSaysItTakesDpopProofs(KeycloakRealm realm) {
    try (IdentityServer is = Interop.identityServer(realm)) {
      assertThat(is.oidcConfiguration().additional())
          .containsKey("dpop_signing_alg_values_supported");
    }
  }

  @Test
  void aDpopKeyGetsATokenBoundToItsThumbprint(KeycloakRealm realm) throws Exception {
    DpopKey key = DpopKey.generate();

    TokenResponse token = token(realm, key);

    assertThat(token.tokenType()).isEqualTo("DPoP");
    Map<String, Object> cnf =
        SignedJWT.parse(token.accessToken().reveal()).getJWTClaimsSet().getJSONObjectClaim("cnf");
    assertThat(cnf).containsEntry("jkt", key.thumbprint());
  }

  @Test
  void aProofSignedAnHourAgoIsATypedOAuthError(KeycloakRealm realm) {
    // RFC 9449 §4.3 (11): iat within an acceptable window; Keycloak DPoPUtil refuses a stale proof.
    DpopKey stale =
        DpopKey.generate().withClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));

    assertThatThrownBy(() -> token(realm, stale))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.oauthError()).hasValue(OAuthError.INVALID_REQUEST);
              assertThat(e.payload().errorDescription()).containsIgnoringCase("dpop");
            });
  }
}
