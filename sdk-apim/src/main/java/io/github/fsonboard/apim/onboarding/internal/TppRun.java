package io.github.fsonboard.apim.onboarding.internal;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimError;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.devportal.ApiInfo;
import io.github.fsonboard.apim.devportal.Application;
import io.github.fsonboard.apim.devportal.ApplicationInfo;
import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.ApplicationResult;
import io.github.fsonboard.apim.devportal.DevportalApi;
import io.github.fsonboard.apim.devportal.FsApplicationProperties;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.Page;
import io.github.fsonboard.apim.devportal.Subscription;
import io.github.fsonboard.apim.devportal.SubscriptionRequest;
import io.github.fsonboard.apim.devportal.SubscriptionResult;
import io.github.fsonboard.apim.devportal.WorkflowResponse;
import io.github.fsonboard.apim.onboarding.ApiCatalog;
import io.github.fsonboard.apim.onboarding.KeyOutcome;
import io.github.fsonboard.apim.onboarding.KeySpec;
import io.github.fsonboard.apim.onboarding.OnboardingException;
import io.github.fsonboard.apim.onboarding.Plan;
import io.github.fsonboard.apim.onboarding.PlannedAction;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.apim.onboarding.ProgressListener;
import io.github.fsonboard.apim.onboarding.StepStatus;
import io.github.fsonboard.apim.onboarding.SubscriptionOutcome;
import io.github.fsonboard.apim.onboarding.SubscriptionSpec;
import io.github.fsonboard.apim.onboarding.TppOnboarding;
import io.github.fsonboard.apim.onboarding.TppOnboardingException;
import io.github.fsonboard.apim.onboarding.TppOnboardingResult;
import io.github.fsonboard.apim.onboarding.internal.StepRunner.Outcome;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.internal.http.PageGuard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs (or plans) one TPP onboarding. One instance per run; not thread-safe. Each collection is
 * listed at most once per run, and not at all when its application was created by this run.
 */
public final class TppRun {
  private static final int PAGE = 100;
  private static final String APP_PENDING = Application.PENDING_STATUS;
  private static final String APP_REJECTED = "REJECTED";
  private static final String DEFAULT_POLICY = "Unlimited";
  private static final String SUB_PENDING = Subscription.PENDING_STATUS;
  private static final String BLOCKED = "blocked: the application awaits approval";
  private static final Pattern APP_ID = Pattern.compile("\"applicationId\"\\s*:\\s*\"([^\"]+)\"");

  private final TppOnboarding o;
  private final ApiManager apim;
  private final StepRunner runner;
  private ApiCatalog catalog;

  // The partial result, filled as steps finish.
  private String appId;
  private String appStatus;
  private StepStatus appStep;
  private boolean appCreatedNow;
  private boolean userCreatedNow;
  private final List<SubscriptionOutcome> subs = new ArrayList<>();
  private final Map<KeyType, KeyOutcome> keys = new EnumMap<>(KeyType.class);

  /**
   * Prepares a run.
   *
   * @param o the onboarding
   * @param apim the API Manager
   * @param listener receives the steps
   */
  public TppRun(TppOnboarding o, ApiManager apim, ProgressListener listener) {
    this.o = o;
    this.apim = apim;
    this.runner = new StepRunner(listener);
  }

  /**
   * Runs the onboarding.
   *
   * @return the result
   */
  public TppOnboardingResult run() {
    Map<SubscriptionSpec, ApiInfo> apis = preflight();
    try {
      o.signUpRequest().ifPresent(req -> runner.run("sign up " + o.username(), () -> signUp()));
      ApimSession session = runner.run("sign in " + o.username(), this::signIn);
      Optional<ApplicationRequest> app = o.application();
      if (app.isPresent()) {
        DevportalApi dp = session.devportal();
        runner.run("application " + app.get().name(), () -> application(dp, app.get()));
        subscribe(dp, apis);
        generateKeys(dp);
      }
    } catch (OnboardingException e) {
      throw new TppOnboardingException(e.failedStep(), e.steps(), e.getCause(), result());
    }
    return result();
  }

  /**
   * Plans the onboarding.
   *
   * @return the plan
   */
  public Plan plan() {
    Map<SubscriptionSpec, ApiInfo> apis = preflight();
    List<PlannedAction> actions = new ArrayList<>();
    ApimSession session = null;
    if (o.signUpRequest().isPresent()) {
      try {
        session = signedIn();
        actions.add(none("sign up " + o.username(), "the user exists"));
      } catch (AuthenticationException e) {
        actions.add(create("sign up " + o.username(), "new user"));
      }
    } else {
      session = signedIn();
    }
    actions.add(none("sign in " + o.username(), ""));
    Optional<ApplicationRequest> app = o.application();
    if (app.isEmpty()) {
      return new Plan(actions);
    }
    String appName = app.get().name();
    Optional<ApplicationInfo> found =
        session == null
            ? Optional.empty()
            : session.devportal().applications().findByExactName(appName);
    if (found.isEmpty()) {
      actions.add(create("application " + appName, ""));
      o.subscriptions().forEach(s -> actions.add(create(subStep(s), "")));
      o.keys().values().forEach(k -> actions.add(create(keyStep(k), "")));
      return new Plan(actions);
    }
    String id = found.get().applicationId();
    boolean pending = APP_PENDING.equals(found.get().status());
    actions.add(none("application " + appName, "exists (" + found.get().status() + ")"));
    DevportalApi dp = session.devportal();
    if (pending) {
      o.subscriptions().forEach(s -> actions.add(none(subStep(s), BLOCKED)));
      o.keys().values().forEach(k -> actions.add(none(keyStep(k), BLOCKED)));
      return new Plan(actions);
    }
    List<Subscription> existing =
        o.subscriptions().isEmpty() ? List.of() : listSubscriptions(dp, id);
    for (SubscriptionSpec s : o.subscriptions()) {
      boolean exists = findSubscription(existing, apis.get(s).id()).isPresent();
      actions.add(exists ? none(subStep(s), "subscribed") : create(subStep(s), ""));
    }
    List<ApplicationKey> existingKeys = o.keys().isEmpty() ? List.of() : dp.keys().list(id);
    for (KeySpec k : o.keys().values()) {
      KeyGenerationRequest want = k.toRequest(o.keyManager());
      Optional<ApplicationKey> have = findKey(existingKeys, want);
      if (have.isEmpty()) {
        actions.add(create(keyStep(k), ""));
      } else {
        List<String> changed = KeyDrift.changedFields(want, have.get());
        actions.add(
            changed.isEmpty()
                ? none(keyStep(k), "keys exist")
                : new PlannedAction(keyStep(k), Action.UPDATE, "differs: " + changed, changed));
      }
    }
    return new Plan(actions);
  }

  // ---- pre-flight -------------------------------------------------------------------------

  private Map<SubscriptionSpec, ApiInfo> preflight() {
    List<Violation> violations = new ArrayList<>(o.validate());
    Map<SubscriptionSpec, ApiInfo> apis = apim == null ? Map.of() : apiLookups(violations);
    if (apim != null) {
      checkApplicationPolicy(violations);
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return apis;
  }

  /** Looks every API up (anonymously: the user may not exist yet) and checks its tiers. */
  private Map<SubscriptionSpec, ApiInfo> apiLookups(List<Violation> violations) {
    Map<SubscriptionSpec, ApiInfo> found = new java.util.HashMap<>();
    List<SubscriptionSpec> specs = o.subscriptions();
    for (int i = 0; i < specs.size(); i++) {
      SubscriptionSpec s = specs.get(i);
      if (blank(s.apiName()) || blank(s.apiVersion()) || found.containsKey(s)) {
        continue;
      }
      Optional<ApiCatalog.Entry> api = catalog().find(s.apiName(), s.apiVersion());
      String f = "subscriptions[" + i + "]";
      if (api.isEmpty()) {
        violations.add(new Violation(f + ".apiName", "API " + s.label() + " does not exist"));
        continue;
      }
      List<String> tiers = api.get().tiers();
      if (!blank(s.throttlingPolicy()) && !tiers.contains(s.throttlingPolicy())) {
        violations.add(
            new Violation(
                f + ".throttlingPolicy",
                s.throttlingPolicy() + " is not one of " + s.label() + "'s tiers " + tiers));
      }
      found.put(s, api.get().api());
    }
    return found;
  }

  /** Checks a non-default application policy (WSO2 always has {@code Unlimited}). */
  private void checkApplicationPolicy(List<Violation> violations) {
    Optional<ApplicationRequest> app;
    try {
      app = o.application();
    } catch (ValidationException e) {
      return; // already reported by the local checks
    }
    String policy = app.map(ApplicationRequest::throttlingPolicy).orElse(DEFAULT_POLICY);
    if (DEFAULT_POLICY.equals(policy)) {
      return;
    }
    List<String> names = catalog().applicationPolicies();
    if (!names.contains(policy)) {
      violations.add(
          new Violation(
              "application.throttlingPolicy",
              policy + " is not an application throttling policy " + names));
    }
  }

  /** The shared catalog, or one for this run only (created on first use). */
  private ApiCatalog catalog() {
    if (catalog == null) {
      catalog = o.apiCatalog().orElseGet(() -> ApiCatalog.of(apim));
    }
    return catalog;
  }

  // ---- steps ------------------------------------------------------------------------------

  /**
   * Signs up, asking once more when the answer may have been lost: the user may have been created,
   * and asking again is safe because an existing user is answered with 409.
   */
  private Outcome<Void> signUp() {
    return LostAnswers.write(
        this::signUpOnce,
        created -> created,
        () -> {
          Outcome<Void> again = signUpOnce();
          return Optional.of(
              again.status() == StepStatus.SKIPPED
                  ? Outcome.skipped(null, "the user exists (the first answer was lost)")
                  : again);
        });
  }

  private Outcome<Void> signUpOnce() {
    SignUpRequest request = o.signUpRequest().orElseThrow();
    try {
      if (o.registrar().isPresent()) {
        apim.selfSignUp().signUp(request, o.registrar().get());
      } else {
        apim.selfSignUp().signUp(request);
      }
      userCreatedNow = true;
      return Outcome.done(null, "created the user");
    } catch (ConflictException e) {
      return Outcome.skipped(null, "the user exists");
    } catch (AuthenticationException e) {
      if (o.registrar().isPresent()) {
        throw e;
      }
      throw new FsOnboardException(
          "Sign-up refused with 401: this server secures its sign-up resource; give an existing"
              + " registrar with signUp(request, registrar)",
          e);
    }
  }

  private Outcome<ApimSession> signIn() {
    return Outcome.done(signedIn(), "signed in");
  }

  /** Signs in and fetches the token now, so that bad credentials fail here. */
  private ApimSession signedIn() {
    ApimSession s = apim.tpp(o.username(), o.password());
    s.tokens().token();
    return s;
  }

  private Outcome<Void> application(DevportalApi dp, ApplicationRequest req) {
    // A user created by this run owns no application yet: no look-up needed.
    Optional<ApplicationInfo> found =
        userCreatedNow ? Optional.empty() : dp.applications().findByExactName(req.name());
    if (found.isPresent()) {
      appId = found.get().applicationId();
      appStatus = found.get().status();
      if (APP_REJECTED.equals(appStatus)) {
        throw new FsOnboardException(
            "Application "
                + req.name()
                + " (id "
                + appId
                + ") was rejected by the approval"
                + " workflow; delete it or choose another name");
      }
      appStep = APP_PENDING.equals(appStatus) ? StepStatus.PENDING : StepStatus.SKIPPED;
      String detail = "exists (id " + appId + ", " + appStatus + ")";
      return appStep == StepStatus.PENDING
          ? Outcome.pending(null, detail + ", awaits approval")
          : Outcome.skipped(null, detail);
    }
    return LostAnswers.write(
        () -> dp.applications().create(req),
        r -> created(dp, req, r),
        () -> dp.applications().findByExactName(req.name()).map(this::adoptLostApplication));
  }

  /** The application this run created although the answer to its creation was lost. */
  private Outcome<Void> adoptLostApplication(ApplicationInfo made) {
    appCreatedNow = true;
    appId = made.applicationId();
    appStatus = made.status();
    appStep = APP_PENDING.equals(appStatus) ? StepStatus.PENDING : StepStatus.DONE;
    String detail = "created (id " + appId + "; found after the answer was lost)";
    return appStep == StepStatus.PENDING
        ? Outcome.pending(null, detail + ", awaits approval")
        : Outcome.done(null, detail);
  }

  private Outcome<Void> created(DevportalApi dp, ApplicationRequest req, ApplicationResult r) {
    appCreatedNow = true;
    if (r instanceof ApplicationResult.Created c && !APP_PENDING.equals(c.application().status())) {
      appId = c.application().applicationId();
      appStatus = c.application().status();
      appStep = StepStatus.DONE;
      return Outcome.done(null, "created (id " + appId + ")");
    }
    appId =
        r instanceof ApplicationResult.Created c
            ? c.application().applicationId()
            : pendingAppId(dp, ((ApplicationResult.Pending) r).workflow(), req.name());
    appStatus = APP_PENDING;
    appStep = StepStatus.PENDING;
    return Outcome.pending(null, "created (id " + appId + "), awaits approval");
  }

  private static String pendingAppId(DevportalApi dp, WorkflowResponse w, String name) {
    if (w != null && w.jsonPayload() != null) {
      Matcher m = APP_ID.matcher(w.jsonPayload());
      if (m.find()) {
        return m.group(1);
      }
    }
    return dp.applications().findByExactName(name).map(ApplicationInfo::applicationId).orElse(null);
  }

  private void subscribe(DevportalApi dp, Map<SubscriptionSpec, ApiInfo> apis) {
    List<Subscription> existing = null;
    for (SubscriptionSpec s : o.subscriptions()) {
      ApiInfo api = apis.get(s);
      if (appStep == StepStatus.PENDING) {
        subs.add(outcome(s, api, null, "BLOCKED_BY_APPLICATION", Action.NONE, StepStatus.PENDING));
        runner.run(subStep(s), () -> Outcome.pending(null, BLOCKED));
        continue;
      }
      if (existing == null) {
        existing = appCreatedNow ? new ArrayList<>() : listSubscriptions(dp, appId);
      }
      List<Subscription> known = existing;
      runner.run(subStep(s), () -> subscribeOne(dp, s, api, known));
    }
  }

  private Outcome<Void> subscribeOne(
      DevportalApi dp, SubscriptionSpec s, ApiInfo api, List<Subscription> existing) {
    Optional<Subscription> found = findSubscription(existing, api.id());
    if (found.isPresent()) {
      Subscription sub = found.get();
      boolean pending = SUB_PENDING.equals(sub.status());
      subs.add(
          outcome(
              s,
              api,
              sub,
              sub.status(),
              Action.NONE,
              pending ? StepStatus.PENDING : StepStatus.SKIPPED));
      String detail = "exists (id " + sub.subscriptionId() + ", " + sub.status() + ")";
      return pending ? Outcome.pending(null, detail) : Outcome.skipped(null, detail);
    }
    return LostAnswers.write(
        () ->
            dp.subscriptions()
                .create(new SubscriptionRequest(appId, api.id(), s.throttlingPolicy(), null)),
        r -> subscribed(s, api, existing, r, ""),
        () ->
            findSubscription(listSubscriptions(dp, appId), api.id())
                .map(
                    sub ->
                        subscribed(
                            s,
                            api,
                            existing,
                            new SubscriptionResult.Created(sub),
                            "; found after the answer was lost")));
  }

  private Outcome<Void> subscribed(
      SubscriptionSpec s,
      ApiInfo api,
      List<Subscription> existing,
      SubscriptionResult r,
      String note) {
    if (r instanceof SubscriptionResult.Created c
        && !SUB_PENDING.equals(c.subscription().status())) {
      Subscription sub = c.subscription();
      existing.add(sub);
      subs.add(outcome(s, api, sub, sub.status(), Action.CREATE, StepStatus.DONE));
      return Outcome.done(null, "subscribed (id " + sub.subscriptionId() + note + ")");
    }
    Subscription sub = r instanceof SubscriptionResult.Created c ? c.subscription() : null;
    subs.add(outcome(s, api, sub, SUB_PENDING, Action.CREATE, StepStatus.PENDING));
    return Outcome.pending(null, "subscribed" + note + ", awaits approval");
  }

  private SubscriptionOutcome outcome(
      SubscriptionSpec s,
      ApiInfo api,
      Subscription sub,
      String status,
      Action action,
      StepStatus step) {
    return new SubscriptionOutcome(
        s.apiName(),
        s.apiVersion(),
        api == null ? null : api.id(),
        sub == null || sub.throttlingPolicy() == null
            ? s.throttlingPolicy()
            : sub.throttlingPolicy(),
        sub == null ? null : sub.subscriptionId(),
        status,
        action,
        step);
  }

  private void generateKeys(DevportalApi dp) {
    List<ApplicationKey> existing = null;
    for (KeySpec spec : o.keys().values()) {
      KeyGenerationRequest want = spec.toRequest(o.keyManager());
      if (appStep == StepStatus.PENDING) {
        keys.put(
            spec.keyType(),
            new KeyOutcome(
                spec.keyType(),
                want.keyManager(),
                null,
                null,
                null,
                want.grantTypesToBeSupported(),
                want.callbackUrl(),
                Action.NONE,
                StepStatus.PENDING));
        runner.run(keyStep(spec), () -> Outcome.pending(null, BLOCKED));
        continue;
      }
      if (existing == null) {
        existing = appCreatedNow ? List.of() : dp.keys().list(appId);
      }
      List<ApplicationKey> known = existing;
      runner.run(keyStep(spec), () -> keysOne(dp, want, known));
    }
  }

  private Outcome<Void> keysOne(
      DevportalApi dp, KeyGenerationRequest want, List<ApplicationKey> existing) {
    Optional<ApplicationKey> found = findKey(existing, want);
    if (found.isEmpty()) {
      return LostAnswers.write(
          () -> explained(want, () -> dp.keys().generate(appId, want)),
          k -> generated(want, k, ""),
          () ->
              findKey(dp.keys().list(appId), want)
                  .map(k -> generated(want, k, "; found after the answer was lost")));
    }
    ApplicationKey have = found.get();
    List<String> changed = KeyDrift.changedFields(want, have);
    if (changed.isEmpty()) {
      keys.put(want.keyType(), keyOutcome(want, have, Action.NONE, StepStatus.SKIPPED));
      return Outcome.skipped(null, "exist (consumer key " + have.consumerKey() + ")");
    }
    ApplicationKey updated =
        explained(want, () -> dp.keys().update(appId, KeyDrift.update(want, have)));
    ApplicationKey merged = updated == null ? have : withSecret(updated, have);
    List<String> notApplied = updated == null ? List.of() : KeyDrift.changedFields(want, updated);
    if (!notApplied.isEmpty()) {
      throw new FsOnboardException(
          "keys "
              + want.keyType()
              + " at "
              + want.keyManager()
              + ": the server accepted the update but its answer still differs in "
              + notApplied
              + ", so they were not updated");
    }
    keys.put(want.keyType(), keyOutcome(want, merged, Action.UPDATE, StepStatus.DONE));
    return Outcome.done(null, "updated " + changed + certificateNote(changed));
  }

  /**
   * What a TPP's run cannot change: the FS key manager gives IS the certificate only when it
   * creates the application (wso2-contracts §9), so a changed certificate reaches the API Manager
   * key only.
   */
  private static String certificateNote(List<String> changed) {
    return changed.contains("additionalProperties." + FsApplicationProperties.SP_CERTIFICATE)
        ? "; the certificate changed at the API Manager only: the Identity Server application"
            + " keeps the old one until the bank rotates it (Onboarding.certificateRotation)"
        : "";
  }

  /**
   * Runs a key write; an answer in which the server says what it decided (wso2-contracts §9: a
   * refused certificate, a failed key manager, an existing key mapping, ...) becomes a plain
   * statement instead of a lost answer to look for and write again.
   */
  private static ApplicationKey explained(
      KeyGenerationRequest want, java.util.function.Supplier<ApplicationKey> write) {
    try {
      return write.get();
    } catch (ApiException e) {
      Optional<ApimError> known = ApimError.of(e);
      if (known.isEmpty()) {
        throw e;
      }
      throw new FsOnboardException(
          "keys "
              + want.keyType()
              + " at "
              + want.keyManager()
              + ": "
              + known.get().meaning()
              + " (HTTP "
              + e.status()
              + known.get().code().map(c -> ", code " + c).orElse("")
              + ")",
          e);
    }
  }

  private Outcome<Void> generated(KeyGenerationRequest want, ApplicationKey k, String note) {
    if (k.consumerKey() == null && "CREATED".equals(k.keyState())) {
      // carbon-apimgt APIConsumerImpl.requestApprovalForApplicationRegistration: with a key
      // generation approval workflow the answer is 200, keyState CREATED, no consumer key.
      keys.put(want.keyType(), keyOutcome(want, k, Action.CREATE, StepStatus.PENDING));
      return Outcome.pending(null, "requested" + note + ", awaits approval");
    }
    keys.put(want.keyType(), keyOutcome(want, k, Action.CREATE, StepStatus.DONE));
    return Outcome.done(null, "generated (consumer key " + k.consumerKey() + note + ")");
  }

  private static ApplicationKey withSecret(ApplicationKey updated, ApplicationKey have) {
    if (updated.consumerSecret() != null || have.consumerSecret() == null) {
      return updated;
    }
    return new ApplicationKey(
        updated.keyMappingId(),
        updated.keyManager(),
        updated.consumerKey(),
        have.consumerSecret(),
        updated.supportedGrantTypes(),
        updated.callbackUrl(),
        updated.keyState(),
        updated.keyType(),
        updated.mode(),
        updated.groupId(),
        updated.token(),
        updated.additionalProperties());
  }

  private static KeyOutcome keyOutcome(
      KeyGenerationRequest want, ApplicationKey k, Action action, StepStatus step) {
    return new KeyOutcome(
        want.keyType(),
        k.keyManager() == null ? want.keyManager() : k.keyManager(),
        k.keyMappingId(),
        k.consumerKey(),
        k.consumerSecret(),
        k.supportedGrantTypes() == null ? want.grantTypesToBeSupported() : k.supportedGrantTypes(),
        k.callbackUrl(),
        action,
        step);
  }

  // ---- lookups ----------------------------------------------------------------------------

  private static List<Subscription> listSubscriptions(DevportalApi dp, String applicationId) {
    List<Subscription> all = new ArrayList<>();
    PageGuard guard = new PageGuard("subscriptions");
    int offset = 0;
    while (true) {
      Page<Subscription> page = dp.subscriptions().listByApplication(applicationId, PAGE, offset);
      all.addAll(page.list());
      if (!page.hasNext() || page.list().isEmpty()) {
        return all;
      }
      offset += page.list().size();
      guard.next(offset, page.list().size());
    }
  }

  private static Optional<Subscription> findSubscription(List<Subscription> all, String apiId) {
    return all.stream()
        .filter(
            s -> apiId.equals(s.apiId()) || (s.apiInfo() != null && apiId.equals(s.apiInfo().id())))
        .findFirst();
  }

  private static Optional<ApplicationKey> findKey(
      List<ApplicationKey> all, KeyGenerationRequest want) {
    return all.stream()
        .filter(k -> want.keyType() == k.keyType() && want.keyManager().equals(k.keyManager()))
        .findFirst();
  }

  private TppOnboardingResult result() {
    return new TppOnboardingResult(
        o.username(),
        o.applicationName(),
        appId,
        appStatus,
        appStep,
        subs,
        keys,
        runner.finished());
  }

  private String keyStep(KeySpec k) {
    String km = k.keyManager() != null ? k.keyManager() : o.keyManager();
    return "keys " + k.keyType() + " (" + km + ")";
  }

  private static String subStep(SubscriptionSpec s) {
    return "subscribe " + s.label() + " (" + s.throttlingPolicy() + ")";
  }

  private static PlannedAction create(String step, String detail) {
    return new PlannedAction(step, Action.CREATE, detail, List.of());
  }

  private static PlannedAction none(String step, String detail) {
    return new PlannedAction(step, Action.NONE, detail, List.of());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
