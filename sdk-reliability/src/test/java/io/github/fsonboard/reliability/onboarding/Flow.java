package io.github.fsonboard.reliability.onboarding;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.apim.onboarding.KeyManagerSetupReport;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.TppOnboarding;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.http.HttpConfig;
import io.github.fsonboard.core.http.RetryPolicy;
import io.github.fsonboard.core.http.Trust;
import io.github.fsonboard.core.oauth.GrantType;
import io.github.fsonboard.harness.TestPki;
import io.github.fsonboard.testkit.EmulatorState;
import io.github.fsonboard.testkit.Wso2Emulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The seed's onboarding flow against an emulator, shared by the onboarding reliability suites. */
final class Flow {
  static final String KM = "FSKM";
  static final String AISP = "AccountandTransactionAPI";
  static final String PISP = "PaymentInitiationAPI";
  static final String VERSION = "3.1.11";
  static final int SUBSCRIPTIONS_PER_TPP = 2;
  static final int KEYS_PER_TPP = 2;

  private Flow() {}

  /** Trusts the emulator's CA only; short backoffs so that retries keep the suites fast. */
  static HttpConfig.Builder http(Wso2Emulator e) {
    return http(e, false);
  }

  /** As {@link #http(Wso2Emulator)}, optionally retrying POSTs answered with 429. */
  static HttpConfig.Builder http(Wso2Emulator e, boolean retryRateLimitedPosts) {
    return HttpConfig.builder()
        .trust(Trust.pem(e.trustedCertificatePem()))
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(4)
                .initialBackoff(Duration.ofMillis(5))
                .maxBackoff(Duration.ofMillis(20))
                .maxRetryAfter(Duration.ofMillis(50))
                .retryRateLimitedPosts(retryRateLimitedPosts)
                .build());
  }

  /** Sets the fsKeyManager up (IS admin = the emulator's admin unless given). */
  static KeyManagerSetupReport keyManager(
      ApiManager apim, Wso2Emulator e, String isAdmin, Secret isAdminPassword) {
    return Onboarding.keyManager(apim.admin(e.adminUsername(), Secret.of(e.adminPassword())))
        .fsKeyManager(KM)
        .identityServer(e.isBaseUrl())
        .identityServerAdmin(isAdmin, isAdminPassword)
        .disableResidentKeyManager()
        .build()
        .apply();
  }

  /** The existing user who signs TPPs up (the sign-up resource is secured). */
  static BasicCredentials registrar(Wso2Emulator e) {
    return BasicCredentials.of(e.adminUsername(), e.adminPassword());
  }

  /** A regulatory application certificate (valid, generated at run time). */
  static String certificatePem() {
    TestPki.Issued ca = TestPki.ca("Reliability OB CA");
    return TestPki.leaf(ca, "tpp-app-cert").certificatePem();
  }

  static String user(int i) {
    return "tpp-" + i + "@reliability.example";
  }

  static String app(int i) {
    return "App " + i;
  }

  /** The full TPP flow: sign up, sign in, application, two subscriptions, two key types. */
  static TppOnboarding tpp(
      ApiManager apim,
      BasicCredentials registrar,
      String user,
      Secret password,
      String certificate) {
    return tpp(apim, registrar, user, password, certificate, null);
  }

  /** The full TPP flow; a non-null catalog is shared with other onboardings. */
  static TppOnboarding tpp(
      ApiManager apim,
      BasicCredentials registrar,
      String user,
      Secret password,
      String certificate,
      ApiCatalog catalog) {
    return Onboarding.tpp(apim)
        .apiCatalog(catalog)
        .signUp(
            SignUpRequest.builder()
                .username(user)
                .password(password)
                .givenName("Ada")
                .lastName("Lovelace")
                .email(user)
                .build(),
            registrar)
        .application("App of " + user)
        .subscribe(AISP, VERSION, "Gold")
        .subscribe(PISP, VERSION, "Unlimited")
        .keyManager(KM)
        .keys(
            KeyType.PRODUCTION,
            k ->
                k.grantTypes(
                        GrantType.AUTHORIZATION_CODE,
                        GrantType.REFRESH_TOKEN,
                        GrantType.CLIENT_CREDENTIALS)
                    .callbackUrl("https://tpp.example.com/callback")
                    .pkceMandatory(true)
                    .regulatory(true)
                    .certificate(certificate))
        .keys(KeyType.SANDBOX, k -> k.grantTypes(GrantType.CLIENT_CREDENTIALS))
        .build();
  }

  /** Tells whether a result is a completely onboarded TPP. */
  static boolean complete(TppOnboardingResult r) {
    return r.applicationId() != null
        && r.subscriptions().size() == SUBSCRIPTIONS_PER_TPP
        && r.subscriptions().stream().allMatch(s -> s.subscriptionId() != null)
        && r.keys().size() == KEYS_PER_TPP
        && r.keys().stream().allMatch(k -> k.consumerKey() != null);
  }

  /** Server-side counts a duplicate would change. */
  record Counts(int users, int applications, int subscriptions, int keyMappings) {
    static Counts of(EmulatorState s) {
      return new Counts(
          s.usernames().size(), s.applicationCount(), s.subscriptionCount(), s.keyMappingCount());
    }

    Counts minus(Counts o) {
      return new Counts(
          users - o.users,
          applications - o.applications,
          subscriptions - o.subscriptions,
          keyMappings - o.keyMappings);
    }

    static Counts expected(int tpps) {
      return new Counts(tpps, tpps, tpps * SUBSCRIPTIONS_PER_TPP, tpps * KEYS_PER_TPP);
    }
  }

  /**
   * Duplicates in the emulator's state: application names repeated per owner, plus every
   * application, subscription or key mapping beyond the expected count (each TPP owns exactly one
   * application with two subscriptions and two key mappings).
   */
  static List<String> duplicates(EmulatorState s, List<String> users, Counts delta, int tpps) {
    List<String> found = new ArrayList<>();
    for (String user : users) {
      List<String> names = s.applicationNames(user);
      Set<String> distinct = new HashSet<>(names);
      if (distinct.size() != names.size() || names.size() > 1) {
        found.add(user + " owns applications " + names);
      }
    }
    Counts expected = Counts.expected(tpps);
    if (delta.applications() > expected.applications()) {
      found.add((delta.applications() - expected.applications()) + " extra applications");
    }
    if (delta.subscriptions() > expected.subscriptions()) {
      found.add((delta.subscriptions() - expected.subscriptions()) + " extra subscriptions");
    }
    if (delta.keyMappings() > expected.keyMappings()) {
      found.add((delta.keyMappings() - expected.keyMappings()) + " extra key mappings");
    }
    if (delta.users() > expected.users()) {
      found.add((delta.users() - expected.users()) + " extra users");
    }
    return found;
  }
}
