package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimSession;

/**
 * The fluent Onboarding API: WSO2 Financial Services "Manual Client Registration" as a few lines of
 * Java, safe to run again and again. Two flows:
 *
 * <ul>
 *   <li>{@link #keyManager(ApimSession)}: the bank administrator configures the fsKeyManager and
 *       disables the Resident Key Manager (seed steps 1–13), as an idempotent upsert that corrects
 *       drifted fields and reports them;
 *   <li>{@link #tpp(ApiManager)}: a TPP signs up, signs in, creates an application, subscribes to
 *       APIs and generates keys, reusing whatever exists, so that a run after a failure completes
 *       the rest without duplicates.
 * </ul>
 *
 * <p>Both can {@code plan()} (a dry run listing the actions) before they run, and report each step
 * to a {@link ProgressListener}.
 *
 * <pre>{@code
 * HttpConfig http = HttpConfig.builder().trust(Trust.pem(Path.of("wso2carbon.pem"))).build();
 * try (ApiManager apim = ApiManager.builder()
 *     .baseUrl("https://apim.bank.example:9443").httpConfig(http).build()) {
 *
 *   // 1. Bank administrator: the fsKeyManager, then the Resident Key Manager off.
 *   KeyManagerSetupReport km = Onboarding.keyManager(apim.admin("admin", adminPassword))
 *       .fsKeyManager("FSKM")
 *       .displayName("Financial Services Key Manager")
 *       .identityServer("https://is.bank.example:9446")
 *       .identityServerAdmin("admin", isAdminPassword)
 *       .disableResidentKeyManager()
 *       .build()
 *       .apply(ProgressListener.printingTo(System.out));
 *   System.out.println(km.action() + " " + km.changedFields());
 *
 *   // 2. TPP: sign up, application, subscriptions, regulatory keys.
 *   TppOnboarding tpp = Onboarding.tpp(apim)
 *       .signUp(SignUpRequest.builder()
 *           .username("tpp@example.com").password(tppPassword)
 *           .givenName("Ada").lastName("Lovelace").email("tpp@example.com").build(),
 *           new BasicCredentials("admin", adminPassword))    // the sign-up resource is secured
 *       .application("Accounts App")
 *       .subscribe("AccountandTransactionAPI", "3.1.11", "Unlimited")
 *       .subscribe("PaymentInitiationAPI", "3.1.11", "Unlimited")
 *       .keyManager("FSKM")
 *       .keys(KeyType.PRODUCTION, k -> k
 *           .grantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN,
 *               GrantType.CLIENT_CREDENTIALS)
 *           .callbackUrl("https://tpp.example.com/callback")
 *           .pkceMandatory(true)
 *           .regulatory(true)
 *           .certificate(applicationCertificatePem))
 *       .keys(KeyType.SANDBOX, k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS))
 *       .build();
 *
 *   List<Violation> problems = tpp.validate();      // local checks, no HTTP
 *   System.out.println(tpp.plan());                 // dry run
 *   try {
 *     TppOnboardingResult r = tpp.run(ProgressListener.printingTo(System.out));
 *     KeyOutcome prod = r.key(KeyType.PRODUCTION).orElseThrow();
 *     String clientId = prod.consumerKey();
 *     Secret clientSecret = prod.consumerSecret();
 *   } catch (TppOnboardingException e) {
 *     // e.failedStep(), e.steps(), e.partialResult(): run again to complete the rest
 *   }
 * }
 * }</pre>
 */
public final class Onboarding {
  private Onboarding() {}

  /**
   * Starts a key manager setup.
   *
   * @param adminSession a bank administrator's session, e.g. {@code apim.admin("admin", pw)}
   * @return a builder
   */
  public static KeyManagerSetup.Builder keyManager(ApimSession adminSession) {
    return KeyManagerSetup.builder(adminSession);
  }

  /**
   * Starts a certificate rotation: a TPP application's certificate replaced at the API Manager and
   * at the Identity Server (the bank side's operation; a TPP re-run can change only the former).
   *
   * @param tppSession the TPP's session (the keys belong to the TPP), e.g. {@code apim.tpp(user,
   *     pw)}
   * @param identityServer the Identity Server, with admin credentials
   * @return a builder
   */
  public static CertificateRotation.Builder certificateRotation(
      ApimSession tppSession, io.github.fsonboard.is.IdentityServer identityServer) {
    return CertificateRotation.builder(tppSession, identityServer);
  }

  /**
   * Starts a TPP onboarding.
   *
   * @param apim the API Manager (its transport, TLS trust and REST-API client cache are used)
   * @return a builder
   */
  public static TppOnboarding.Builder tpp(ApiManager apim) {
    return TppOnboarding.builder(apim);
  }

  /**
   * Starts a TPP onboarding by Financial Services DCR (the other road: a signed registration
   * request with a software statement, over mutual TLS).
   *
   * @param dcr the FS DCR client
   * @return a builder
   */
  public static DcrOnboarding.Builder tppByDcr(io.github.fsonboard.apim.fsdcr.FsDcrClient dcr) {
    return DcrOnboarding.builder(dcr);
  }
}
