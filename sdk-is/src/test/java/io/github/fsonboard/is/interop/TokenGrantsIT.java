package io.github.fsonboard.is.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.auth.Authentication;
import io.github.fsonboard.core.auth.ClientAuthentication;
import io.github.fsonboard.core.auth.JwtBearerAssertion;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.auth.SigningKey;
import io.github.fsonboard.core.auth.TokenProvider;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.BadRequestException;
import io.github.fsonboard.core.oauth.OAuthTokenClient;
import io.github.fsonboard.core.oauth.TokenRequest;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.core.pkce.CodeVerifier;
import io.github.fsonboard.harness.KeycloakExtension;
import io.github.fsonboard.harness.KeycloakRealm;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.dcr.ClientRegistrationRequest;
import io.github.fsonboard.is.dcr.RegisteredClient;
import io.github.fsonboard.is.introspection.IntrospectionClient;
import io.github.fsonboard.is.revocation.RevocationClient;
import io.github.fsonboard.is.userinfo.UserInfo;
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every grant and client authentication of sdk-core's token client against Keycloak. */
@ExtendWith(KeycloakExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenGrantsIT {

  private static final String KID = "tpp-key-1";

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
  void clientCredentialsWithBasicAndWithBodyAuthentication() {
    for (ClientAuthentication auth :
        List.of(
            Interop.basic(realm.clientCredentials()), Interop.post(realm.clientCredentials()))) {
      TokenResponse token = is.tokens(auth).clientCredentials();

      assertThat(token.accessToken().reveal()).as(auth.getClass().getSimpleName()).isNotBlank();
      assertThat(token.tokenType()).isEqualToIgnoringCase("Bearer");
      assertThat(token.expiresIn()).isPositive();
      assertThat(token.refreshToken()).isNull();
    }
  }

  @Test
  void wrongClientSecretIsRejected() {
    OAuthTokenClient tokens =
        is.tokens(
            ClientAuthentication.clientSecretBasic(
                realm.clientCredentials().clientId(), Secret.of("not-the-secret")));

    assertThatThrownBy(tokens::clientCredentials)
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            // RFC 6749 §5.2 says invalid_client; Keycloak answers unauthorized_client.
            e -> assertThat(e.payload().error()).isEqualTo("unauthorized_client"));
  }

  @Test
  void authorizationCodeWithPkceS256ThenRefreshRotates() {
    OAuthTokenClient tokens = is.tokens(Interop.basic(realm.authorizationCode()));
    CodeVerifier verifier = CodeVerifier.generate();
    String code = HeadlessLogin.code(realm, realm.authorizationCode().clientId(), verifier);

    TokenResponse first =
        tokens.request(
            TokenRequest.authorizationCode(
                code, URI.create(realm.redirectUri()), verifier.asSecret()));

    assertThat(first.accessToken().reveal()).isNotBlank();
    assertThat(first.idToken()).isNotNull();
    assertThat(first.refreshToken()).isNotNull();
    assertThat(first.scopes()).contains("openid");

    TokenResponse refreshed = tokens.request(TokenRequest.refreshToken(first.refreshToken()));

    assertThat(refreshed.accessToken().reveal()).isNotEqualTo(first.accessToken().reveal());
    assertThat(refreshed.refreshToken()).isNotNull();
    assertThat(refreshed.refreshToken().reveal()).isNotEqualTo(first.refreshToken().reveal());
  }

  @Test
  void aReplayedCodeIsInvalidGrantAndRevokesWhatTheCodeGave() {
    OAuthTokenClient tokens = is.tokens(Interop.basic(realm.authorizationCode()));
    CodeVerifier verifier = CodeVerifier.generate();
    String code = HeadlessLogin.code(realm, realm.authorizationCode().clientId(), verifier);
    TokenRequest exchange =
        TokenRequest.authorizationCode(code, URI.create(realm.redirectUri()), verifier.asSecret());
    TokenResponse first = tokens.request(exchange);

    assertThatThrownBy(() -> tokens.request(exchange))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.payload().error()).isEqualTo("invalid_grant"));
    // RFC 6749 §4.1.2: the server SHOULD revoke tokens issued from a replayed code. Keycloak
    // drops the client session, so the refresh token dies too.
    assertThatThrownBy(() -> tokens.request(TokenRequest.refreshToken(first.refreshToken())))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.payload().error()).isEqualTo("invalid_grant"));
  }

  @Test
  void userInfoAnswersForTheLoggedInUsersToken() {
    CodeVerifier verifier = CodeVerifier.generate();
    String code = HeadlessLogin.code(realm, realm.authorizationCode().clientId(), verifier);
    TokenResponse tokens =
        is.tokens(Interop.basic(realm.authorizationCode()))
            .request(
                TokenRequest.authorizationCode(
                    code, URI.create(realm.redirectUri()), verifier.asSecret()));

    UserInfo info = is.userInfo(TokenProvider.of(tokens.accessToken())).fetch();

    assertThat(info.subject()).isEqualTo(realm.user().id());
    assertThat(info.claim("email")).hasValue(realm.user().email());
  }

  @Test
  void aWrongCodeVerifierIsInvalidGrant() {
    OAuthTokenClient tokens = is.tokens(Interop.basic(realm.authorizationCode()));
    String code =
        HeadlessLogin.code(realm, realm.authorizationCode().clientId(), CodeVerifier.generate());

    assertThatThrownBy(
            () ->
                tokens.request(
                    TokenRequest.authorizationCode(
                        code, URI.create(realm.redirectUri()), CodeVerifier.generate().asSecret())))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.payload().error()).isEqualTo("invalid_grant"));
  }

  @Test
  void publicClientRedeemsItsCodeWithOnlyTheVerifier() {
    CodeVerifier verifier = CodeVerifier.generate();
    String code = HeadlessLogin.code(realm, realm.publicClient().clientId(), verifier);

    TokenResponse token =
        is.tokens(ClientAuthentication.none(realm.publicClient().clientId()))
            .request(
                TokenRequest.authorizationCode(
                    code, URI.create(realm.redirectUri()), verifier.asSecret()));

    assertThat(token.accessToken().reveal()).isNotBlank();
  }

  @Test
  void jwtBearerAssertionSignedWithTheTrustedKeyGetsAUserTokenOnce() {
    KeycloakRealm.JwtBearer jwt = realm.jwtBearer();
    Secret assertion =
        JwtBearerAssertion.builder()
            .issuer(jwt.assertionIssuer())
            .subject(jwt.subject())
            .audience(realm.issuer())
            .lifetime(Duration.ofMinutes(2))
            .sign(new SigningKey(jwt.signingKey().getPrivate(), null, "RS256"));
    OAuthTokenClient tokens = is.tokens(Interop.basic(jwt.client()));

    TokenResponse token = tokens.request(TokenRequest.jwtBearer(assertion));

    assertThat(token.accessToken().reveal()).isNotBlank();
    assertThatThrownBy(() -> tokens.request(TokenRequest.jwtBearer(assertion)))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> assertThat(e.payload().error()).isEqualTo("invalid_grant"));
  }

  @Test
  void privateKeyJwtClientAuthenticatesAtTheTokenIntrospectionAndRevocationEndpoints()
      throws Exception {
    KeyPair keys = rsa();
    RegisteredClient client = registerPrivateKeyJwtClient(keys);
    assertThat(client.tokenEndpointAuthMethod()).isEqualTo("private_key_jwt");
    ClientAuthentication auth =
        ClientAuthentication.privateKeyJwt(
            client.clientId(), new SigningKey(keys.getPrivate(), KID, "RS256"));

    // sdk-core signs the client assertion with aud = the token endpoint URL.
    Secret token = is.tokens(auth).clientCredentials().accessToken();
    assertThat(token.reveal()).isNotBlank();

    // IdentityServer signs with aud = the token endpoint here too (Keycloak refuses its revocation
    // URL as aud). The client is not in the token's aud, so Keycloak answers inactive, but it
    // accepted the client's assertion (else 401).
    assertThat(is.introspection(auth).introspect(token).active()).isFalse();

    IntrospectionClient resourceServer = is.introspection(Interop.basic(realm.resourceServer()));
    assertThat(resourceServer.introspect(token).active()).isTrue();
    is.revocation(auth).revoke(token, RevocationClient.ACCESS_TOKEN);
    assertThat(resourceServer.introspect(token).active()).isFalse();
  }

  @Test
  void keycloakAlsoAcceptsTheIssuerAsClientAssertionAudience() throws Exception {
    KeyPair keys = rsa();
    RegisteredClient client = registerPrivateKeyJwtClient(keys);
    Secret assertion =
        JwtBearerAssertion.builder()
            .issuer(client.clientId())
            .subject(client.clientId())
            .audience(realm.issuer())
            .lifetime(Duration.ofMinutes(1))
            .sign(new SigningKey(keys.getPrivate(), KID, "RS256"));

    TokenResponse token =
        is.tokens(ClientAuthentication.none(client.clientId()))
            .request(
                TokenRequest.custom(
                    "client_credentials",
                    Map.of(
                        "client_assertion_type",
                        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        "client_assertion",
                        assertion)));

    assertThat(token.accessToken().reveal()).isNotBlank();
  }

  private RegisteredClient registerPrivateKeyJwtClient(KeyPair keys) {
    return is.dcr(Authentication.bearer(TokenProvider.of(Secret.of(realm.initialAccessToken()))))
        .register(
            ClientRegistrationRequest.builder()
                .clientName("tpp-private-key-jwt-" + keys.getPublic().hashCode())
                .redirectUris(realm.redirectUri())
                .grantTypes("client_credentials")
                .tokenEndpointAuthMethod("private_key_jwt")
                .tokenEndpointAuthSigningAlg("RS256")
                .jwks(SigningKey.of(keys.getPrivate(), KID).withAlgorithm("RS256"))
                .build());
  }

  private static KeyPair rsa() {
    return TestPki.rsaKeys();
  }
}
