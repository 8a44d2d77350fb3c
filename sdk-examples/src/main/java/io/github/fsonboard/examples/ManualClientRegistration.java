package io.github.fsonboard.examples;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.KeyManagerSetupReport;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.ProgressListener;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.HttpTransport;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.ClientAuthentication;
import io.github.fsonboard.core.oauth.TokenResponse;
import io.github.fsonboard.core.pkce.AuthorizationRequest;
import io.github.fsonboard.core.pkce.Nonce;
import io.github.fsonboard.core.pkce.Pkce;
import io.github.fsonboard.core.pkce.State;
import io.github.fsonboard.is.IdentityServer;
import io.github.fsonboard.is.introspection.IntrospectionResult;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;

/**
 * The main job: the whole Manual Client Registration flow, end to end.
 *
 * <ol>
 *   <li>Bank admin: create (or correct) the fsKeyManager wired to IS 7, disable the Resident Key
 *       Manager.
 *   <li>TPP: sign up, sign in, create an application, subscribe to an API, generate production keys
 *       for a regulatory application with a certificate made on the fly.
 *   <li>Prove the keys work: a client-credentials token from IS, its introspection, and a PKCE
 *       authorization URL.
 * </ol>
 *
 * <p>Without configuration it runs on the embedded emulator over HTTPS, trusting the emulator's
 * generated certificate explicitly. Point it at a real deployment with environment variables or
 * {@code --config file.properties} (see {@link ExampleConfig}). Running it twice changes nothing
 * the second time.
 */
public final class ManualClientRegistration {
  private ManualClientRegistration() {}

  /**
   * Runs the job.
   *
   * @param args optional {@code --config file.properties}
   * @throws Exception when the job fails
   */
  public static void main(String[] args) throws Exception {
    ExampleConfig config = ExampleConfig.load(args, System.getenv());
    String certificate =
        config.certificatePem() != null
            ? java.nio.file.Files.readString(config.certificatePem())
            : DemoCertificates.applicationCertificatePem(
                "FS TPP Ltd", "PSDGB-OB-Unknown0015800001HQQrZAAX", Duration.ofDays(365));
    if (config.embedded()) {
      try (Wso2Emulator emulator = Wso2Emulator.builder().build().start()) {
        System.out.println(
            "Embedded WSO2 emulator: APIM "
                + emulator.apimBaseUrl()
                + ", IS "
                + emulator.isBaseUrl());
        run(
            config,
            Trust.pem(emulator.trustedCertificatePem()),
            emulator.apimBaseUrl(),
            emulator.isBaseUrl(),
            certificate,
            System.out);
      }
    } else {
      Trust trust = config.trustPem() == null ? Trust.system() : Trust.pem(config.trustPem());
      run(config, trust, config.apimUrl(), config.isUrl(), certificate, System.out);
    }
  }

  /**
   * Runs the flow against the given servers.
   *
   * @param config the configuration
   * @param trust which server certificates to trust
   * @param apimUrl API Manager base URL
   * @param isUrl Identity Server base URL
   * @param certificatePem the TPP's application certificate ({@code sp_certificate})
   * @param out where to print progress
   * @return what the TPP got
   */
  public static MainJobResult run(
      ExampleConfig config,
      Trust trust,
      String apimUrl,
      String isUrl,
      String certificatePem,
      PrintStream out) {
    HttpConfig httpConfig = HttpConfig.builder().trust(trust).build();
    try (HttpTransport http = HttpTransport.create(httpConfig);
        ApiManager apim = ApiManager.builder().baseUrl(apimUrl).transport(http).build()) {
      IdentityServer is =
          IdentityServer.builder()
              .baseUrl(isUrl)
              .transport(http)
              .adminCredentials(
                  new BasicCredentials(config.isAdminUser(), config.isAdminPassword()))
              .build();
      ProgressListener progress = ProgressListener.printingTo(out);

      out.println("\n== Bank admin: fsKeyManager '" + config.keyManagerName() + "'");
      ApimSession admin = apim.admin(config.apimAdminUser(), config.apimAdminPassword());
      KeyManagerSetupReport keyManager =
          Onboarding.keyManager(admin)
              .fsKeyManager(config.keyManagerName())
              .displayName("FS Key Manager")
              .identityServer(isUrl)
              .identityServerAdmin(config.isAdminUser(), config.isAdminPassword())
              .enableRolesCreation(true)
              .disableResidentKeyManager()
              .build()
              .apply(progress);
      out.println("   key manager " + keyManager.keyManagerId() + ": " + keyManager.action());

      out.println("\n== TPP: " + config.tppUser());
      TppOnboardingResult tpp =
          Onboarding.tpp(apim)
              .signUp(
                  SignUpRequest.builder()
                      .username(config.tppUser())
                      .password(config.tppPassword())
                      .givenName("Tina")
                      .lastName("Provider")
                      .email(config.tppUser())
                      .organization("FS TPP Ltd")
                      .build(),
                  // IS secures the self sign-up resource: an existing account registers the TPP.
                  new BasicCredentials(config.apimAdminUser(), config.apimAdminPassword()))
              .application(config.applicationName())
              .subscribe(config.apiName(), config.apiVersion(), config.throttlingPolicy())
              .keyManager(config.keyManagerName())
              .keys(
                  KeyType.PRODUCTION,
                  k ->
                      k.grantTypes("authorization_code", "refresh_token", "client_credentials")
                          .callbackUrl(config.callbackUrl())
                          .pkce(true)
                          .pkcePlain(false)
                          .regulatory(true)
                          .certificate(certificatePem))
              .build()
              .run(progress);
      var keys = tpp.keys().get(KeyType.PRODUCTION);
      out.println(
          "   application "
              + tpp.applicationId()
              + ", consumer key "
              + keys.consumerKey()
              + ", consumer secret held as "
              + keys.consumerSecret());

      out.println("\n== Proving the keys work at IS");
      TokenResponse token =
          is.tokens(
                  ClientAuthentication.clientSecretBasic(keys.consumerKey(), keys.consumerSecret()))
              .clientCredentials();
      out.println(
          "   client_credentials token: "
              + token.tokenType()
              + ", expires in "
              + token.expiresIn()
              + ", scopes "
              + token.scopes());
      IntrospectionResult introspection = is.introspection().introspect(token.accessToken());
      out.println(
          "   introspection: active="
              + introspection.active()
              + ", client_id="
              + introspection.clientId());
      Pkce pkce = Pkce.s256();
      URI authorize =
          AuthorizationRequest.builder(URI.create(isUrl + "/oauth2/authorize"))
              .clientId(keys.consumerKey())
              .redirectUri(URI.create(config.callbackUrl()))
              .scope("openid accounts")
              .state(State.generate())
              .nonce(Nonce.generate())
              .codeChallenge(pkce.challenge())
              .build()
              .toUri();
      out.println("   PKCE authorization URL: " + authorize);
      out.println("\nDone.");
      return new MainJobResult(keyManager, tpp, introspection.active(), authorize);
    }
  }

  /**
   * What the job produced, for tests and callers.
   *
   * @param keyManager the key manager setup report
   * @param tpp the TPP onboarding result
   * @param tokenActive whether the client-credentials token introspected as active
   * @param authorizationUrl the PKCE authorization URL
   */
  public record MainJobResult(
      KeyManagerSetupReport keyManager,
      TppOnboardingResult tpp,
      boolean tokenActive,
      URI authorizationUrl) {}
}
