package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.ApimError;
import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.auth.ApimScopes;
import io.github.fsonboard.apim.devportal.ApiInfo;
import io.github.fsonboard.apim.devportal.ApplicationInfo;
import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.ApplicationRequest;
import io.github.fsonboard.apim.devportal.ApplicationResult;
import io.github.fsonboard.apim.devportal.ApplicationStatus;
import io.github.fsonboard.apim.devportal.DevPortal;
import io.github.fsonboard.apim.devportal.FsApplicationProperties;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.Subscription;
import io.github.fsonboard.apim.devportal.SubscriptionRequest;
import io.github.fsonboard.apim.devportal.SubscriptionResult;
import io.github.fsonboard.apim.devportal.SubscriptionStatus;
import io.github.fsonboard.apim.devportal.WorkflowResponse;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.apim.onboarding.StepRunner.Outcome;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.AuthenticationException;
import io.github.fsonboard.core.error.ConflictException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs (or plans) one TPP onboarding. Each step decides once, in one method per step ({@code
 * decide...}), from what the server holds; {@link #plan()} collects the decisions and {@link
 * #run()} records and carries out each one, so the plan is what the run does. One instance per run;
 * not thread-safe. Each collection is listed at most once per run, and not at all when its
 * application was created by this run.
 */
final class TppRun {
  private static final String DEFAULT_POLICY = "Unlimited";
  private static final String USER_EXISTS = "the user exists";
  private static final String NEW_USER = "new user";
  private static final String WAITS_FOR_APPLICATION = "the application awaits approval";
  private static final String WAITS_FOR_SIGN_UP = "the user's sign-up awaits approval";
  private static final String REJECTED = "REJECTED";
  private static final Pattern APP_ID = Pattern.compile("\"applicationId\"\\s*:\\s*\"([^\"]+)\"");

  private final TppOnboarding o;
  private final ApiManager apim;
  private final StepRunner runner;
  private ApiCatalog catalog;

  // The partial result, filled as steps finish.
  private String appId;
  private ApplicationStatus appStatus;
  private StepStatus appStep;
  private boolean appCreatedNow;
  private boolean userCreatedNow;
  private boolean signUpWaits;
  private final List<PlannedAction> actions = new ArrayList<>();
  private final List<SubscriptionOutcome> subs = new ArrayList<>();
  private final Map<KeyType, KeyOutcome> keys = new EnumMap<>(KeyType.class);

  TppRun(TppOnboarding o, ApiManager apim, ProgressListener listener) {
    this.o = o;
    this.apim = apim;
    this.runner = new StepRunner(listener);
  }

  /** Runs the onboarding. */
  TppOnboardingResult run() {
    Map<SubscriptionSpec, ApiInfo> apis = preflight();
    try {
      o.signUpRequest().ifPresent(req -> runner.run(signUpStep(), this::signUp));
      ApimSession session = runner.run(signInStep(), this::signIn);
      Optional<ApplicationRequest> app = o.application();
      if (app.isPresent()) {
        DevPortal dp = session.devPortal();
        if (signUpWaits) {
          runner.run(appStep(app.get()), () -> blockedBySignUp(appStep(app.get())));
        } else {
          runner.run(appStep(app.get()), () -> application(dp, app.get()));
        }
        subscribe(dp, apis);
        generateKeys(dp);
      }
    } catch (OnboardingException e) {
      throw new TppOnboardingException(e.failedStep(), e.steps(), e.getCause(), result());
    }
    return result();
  }

  /** Plans the onboarding: the same decisions, none carried out. */
  Plan plan() {
    Map<SubscriptionSpec, ApiInfo> apis = preflight();
    List<PlannedAction> plan = new ArrayList<>();
    ApimSession session = null;
    if (o.signUpRequest().isPresent()) {
      // The run learns this from the sign-up's answer (409: exists); a dry run cannot write, so it
      // asks by signing in.
      try {
        session = signedIn();
        plan.add(none(signUpStep(), USER_EXISTS));
      } catch (AuthenticationException e) {
        plan.add(create(signUpStep(), NEW_USER));
      }
    } else {
      session = signedIn();
    }
    boolean userWaits = session != null && !mayUseDevportal(session);
    plan.add(signInAction(userWaits));
    Optional<ApplicationRequest> app = o.application();
    if (app.isEmpty()) {
      return new Plan(plan);
    }
    DevPortal dp = session == null || userWaits ? null : session.devPortal();
    Decided<ApplicationInfo> application =
        userWaits
            ? new Decided<>(blocked(appStep(app.get()), WAITS_FOR_SIGN_UP), null)
            : decideApplication(
                app.get(),
                dp == null ? Optional.empty() : dp.applications().find(app.get().name()));
    plan.add(application.action());
    boolean exists = application.found() != null;
    String blockedBy =
        userWaits
            ? WAITS_FOR_SIGN_UP
            : switch (application.kind()) {
              case PENDING -> WAITS_FOR_APPLICATION;
              case BLOCKED -> "the application was rejected";
              default -> null;
            };
    boolean waits = blockedBy != null;
    String id = exists ? application.found().applicationId() : null;
    List<Subscription> existingSubs =
        !exists || waits || o.subscriptions().isEmpty() ? List.of() : listSubscriptions(dp, id);
    for (SubscriptionSpec s : o.subscriptions()) {
      plan.add(decideSubscription(s, apis.get(s), blockedBy, existingSubs).action());
    }
    List<ApplicationKey> existingKeys =
        !exists || waits || o.keys().isEmpty() ? List.of() : dp.keys().list(id);
    for (KeySpec k : o.keys().values()) {
      plan.add(decideKeys(k, blockedBy, existingKeys).action());
    }
    return new Plan(plan);
  }

  // ---- decisions: one per step, shared by plan() and run() --------------------------------

  private PlannedAction signInAction(boolean userWaits) {
    return userWaits
        ? new PlannedAction(signInStep(), Action.PENDING, SIGN_UP_HELD, null)
        : none(signInStep(), "");
  }

  /**
   * Why a signed-in TPP may see none of the Developer Portal. carbon-apimgt {@code
   * UserPostSelfRegistrationHandler} runs the {@code AM_USER_SIGNUP} workflow for a self-signed-up
   * user; {@code UserSignUpApprovalWorkflowExecutor} gives the user the subscriber role only when
   * the bank approves (and deletes the user when it rejects). Until then the user signs in, but the
   * token endpoint grants none of the subscriber scopes.
   */
  private static final String SIGN_UP_HELD =
      "signed in, but granted none of the Developer Portal scopes: the user's sign-up awaits the"
          + " bank's approval (AM_USER_SIGNUP), or the user lacks the Internal/subscriber role";

  /**
   * Whether the session's token grants any of the TPP's Developer Portal scopes (APIM's token
   * endpoint silently drops the scopes the user's roles do not allow, leaving {@code default}). A
   * server that does not say which scopes it granted is trusted.
   */
  private static boolean mayUseDevportal(ApimSession session) {
    Set<String> granted = session.tokens().token().scopes();
    return granted.isEmpty() || ApimScopes.TPP.stream().anyMatch(granted::contains);
  }

  /** The application: reuse by exact name (pending or not), refuse a rejected one, or create. */
  static Decided<ApplicationInfo> decideApplication(
      ApplicationRequest req, Optional<ApplicationInfo> found) {
    String step = appStep(req);
    if (found.isEmpty()) {
      return new Decided<>(create(step, ""), null);
    }
    ApplicationInfo app = found.get();
    ApplicationStatus status = ApplicationStatus.of(app.status());
    PlannedAction action =
        switch (status) {
          case REJECTED ->
              new PlannedAction(
                  step,
                  Action.BLOCKED,
                  "rejected by the approval workflow; delete it or choose another name",
                  List.of());
          case CREATED -> new PlannedAction(step, Action.PENDING, "exists, awaits approval", null);
          default -> none(step, "exists (" + app.status() + ")");
        };
    return new Decided<>(action, app);
  }

  /** A subscription: blocked by a waiting application, reused per API, or created. */
  static Decided<Subscription> decideSubscription(
      SubscriptionSpec s, ApiInfo api, String blockedBy, List<Subscription> existing) {
    String step = subStep(s);
    if (blockedBy != null) {
      return new Decided<>(new PlannedAction(step, Action.BLOCKED, blockedBy, null), null);
    }
    Optional<Subscription> found = findSubscription(existing, api.id());
    if (found.isEmpty()) {
      return new Decided<>(create(step, ""), null);
    }
    Subscription sub = found.get();
    PlannedAction action =
        SubscriptionStatus.of(sub.status()) == SubscriptionStatus.ON_HOLD
            ? new PlannedAction(step, Action.PENDING, "exists, awaits approval", null)
            : none(step, "exists (" + sub.status() + ")");
    return new Decided<>(action, sub);
  }

  /** Keys: blocked by a waiting application, generated, reused, or updated where they differ. */
  private Decided<ApplicationKey> decideKeys(
      KeySpec spec, String blockedBy, List<ApplicationKey> existing) {
    String step = keyStep(spec);
    if (blockedBy != null) {
      return new Decided<>(new PlannedAction(step, Action.BLOCKED, blockedBy, null), null);
    }
    KeyGenerationRequest want = spec.toRequest(o.keyManager());
    Optional<ApplicationKey> have = findKey(existing, want);
    if (have.isEmpty()) {
      return new Decided<>(create(step, ""), null);
    }
    if (have.get().consumerKey() == null) {
      return new Decided<>(withoutKeys(step, have.get()), have.get());
    }
    List<String> changed = KeyDrift.changedFields(want, have.get());
    PlannedAction action =
        changed.isEmpty()
            ? none(step, "keys exist")
            : new PlannedAction(step, Action.UPDATE, "differs: " + changed, changed);
    return new Decided<>(action, have.get());
  }

  /**
   * A key mapping the listing shows with no keys. carbon-apimgt {@code
   * AbstractAPIManager.getApplicationKeys} lists such a mapping as its DAO row: state CREATED while
   * {@code ApplicationRegistrationApprovalWorkflowExecutor} holds the generation (also left behind
   * when the key manager failed to register the client and no approval workflow is on), REJECTED
   * after the bank refused it. Either way generate-keys would answer 409 (code 901409): the run
   * reports it instead of writing.
   */
  private static PlannedAction withoutKeys(String step, ApplicationKey k) {
    if (REJECTED.equals(k.keyState())) {
      return new PlannedAction(
          step,
          Action.BLOCKED,
          "the key generation was rejected by the approval workflow; clean up key mapping "
              + k.keyMappingId()
              + " to ask again",
          null);
    }
    return new PlannedAction(
        step,
        Action.PENDING,
        "requested (key mapping "
            + k.keyMappingId()
            + ", keyState "
            + k.keyState()
            + "), awaits approval; where no approval workflow is configured, an earlier"
            + " generation failed at the key manager: clean the key mapping up and run again",
        null);
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
   * and asking again is safe because an existing user is answered with 409. The server's answer is
   * the decision (201: created, 409: exists); a lost first answer counts as created.
   */
  private Outcome<Void> signUp() {
    boolean[] lost = {false};
    Outcome<Void> out =
        LostAnswers.write(
            this::signUpOnce,
            created -> created,
            () -> {
              lost[0] = true;
              Outcome<Void> again = signUpOnce();
              return Optional.of(
                  again.status() == StepStatus.SKIPPED
                      ? Outcome.skipped(null, USER_EXISTS + " (the first answer was lost)")
                      : again);
            });
    actions.add(
        userCreatedNow || lost[0]
            ? create(signUpStep(), NEW_USER)
            : none(signUpStep(), USER_EXISTS));
    return out;
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
      return Outcome.skipped(null, USER_EXISTS);
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

  /** The sign-in step: signs in, and tells whether the user may use the Developer Portal yet. */
  private Outcome<ApimSession> signIn() {
    ApimSession session = signedIn();
    signUpWaits = !mayUseDevportal(session);
    actions.add(signInAction(signUpWaits));
    return signUpWaits
        ? Outcome.pending(session, SIGN_UP_HELD)
        : Outcome.done(session, "signed in");
  }

  /** A step that cannot run before the bank approves the user's sign-up. */
  private Outcome<Void> blockedBySignUp(String step) {
    actions.add(blocked(step, WAITS_FOR_SIGN_UP));
    return Outcome.pending(null, "blocked: " + WAITS_FOR_SIGN_UP);
  }

  /** Signs in and fetches the token now, so that bad credentials fail here. */
  private ApimSession signedIn() {
    ApimSession s = apim.tpp(o.username(), o.password());
    s.tokens().token();
    return s;
  }

  private Outcome<Void> application(DevPortal dp, ApplicationRequest req) {
    // A user created by this run owns no application yet: no look-up needed.
    Decided<ApplicationInfo> d =
        decideApplication(
            req, userCreatedNow ? Optional.empty() : dp.applications().find(req.name()));
    actions.add(d.action());
    if (d.kind() == Action.CREATE) {
      return LostAnswers.write(
          () -> dp.applications().create(req),
          r -> created(dp, req, r),
          () -> dp.applications().find(req.name()).map(this::adoptLostApplication));
    }
    appId = d.found().applicationId();
    appStatus = ApplicationStatus.of(d.found().status());
    String detail = "exists (id " + appId + ", " + d.found().status() + ")";
    switch (d.kind()) {
      case BLOCKED ->
          throw new FsOnboardException(
              "Application " + req.name() + " (id " + appId + ") was " + d.action().detail());
      case PENDING -> {
        appStep = StepStatus.PENDING;
        return Outcome.pending(null, detail + ", awaits approval");
      }
      default -> {
        appStep = StepStatus.SKIPPED;
        return Outcome.skipped(null, detail);
      }
    }
  }

  /** The application this run created although the answer to its creation was lost. */
  private Outcome<Void> adoptLostApplication(ApplicationInfo made) {
    appCreatedNow = true;
    appId = made.applicationId();
    appStatus = ApplicationStatus.of(made.status());
    appStep = appStatus == ApplicationStatus.CREATED ? StepStatus.PENDING : StepStatus.DONE;
    String detail = "created (id " + appId + "; found after the answer was lost)";
    return appStep == StepStatus.PENDING
        ? Outcome.pending(null, detail + ", awaits approval")
        : Outcome.done(null, detail);
  }

  private Outcome<Void> created(DevPortal dp, ApplicationRequest req, ApplicationResult r) {
    appCreatedNow = true;
    if (r instanceof ApplicationResult.Created c && !c.application().isPending()) {
      appId = c.application().applicationId();
      appStatus = ApplicationStatus.of(c.application().status());
      appStep = StepStatus.DONE;
      return Outcome.done(null, "created (id " + appId + ")");
    }
    appId =
        r instanceof ApplicationResult.Created c
            ? c.application().applicationId()
            : pendingAppId(dp, ((ApplicationResult.Pending) r).workflow(), req.name());
    appStatus = ApplicationStatus.CREATED;
    appStep = StepStatus.PENDING;
    return Outcome.pending(null, "created (id " + appId + "), awaits approval");
  }

  private static String pendingAppId(DevPortal dp, WorkflowResponse w, String name) {
    if (w != null && w.jsonPayload() != null) {
      Matcher m = APP_ID.matcher(w.jsonPayload());
      if (m.find()) {
        return m.group(1);
      }
    }
    return dp.applications().find(name).map(ApplicationInfo::applicationId).orElse(null);
  }

  private boolean applicationWaits() {
    return signUpWaits || appStep == StepStatus.PENDING;
  }

  /** Why the steps after the application cannot run now, or null when they can. */
  private String blockedBy() {
    if (signUpWaits) {
      return WAITS_FOR_SIGN_UP;
    }
    return appStep == StepStatus.PENDING ? WAITS_FOR_APPLICATION : null;
  }

  private void subscribe(DevPortal dp, Map<SubscriptionSpec, ApiInfo> apis) {
    List<Subscription> existing = null;
    for (SubscriptionSpec s : o.subscriptions()) {
      ApiInfo api = apis.get(s);
      if (existing == null && !applicationWaits()) {
        existing = appCreatedNow ? new ArrayList<>() : listSubscriptions(dp, appId);
      }
      List<Subscription> known = existing;
      runner.run(subStep(s), () -> subscribeOne(dp, s, api, known));
    }
  }

  private Outcome<Void> subscribeOne(
      DevPortal dp, SubscriptionSpec s, ApiInfo api, List<Subscription> existing) {
    Decided<Subscription> d = decideSubscription(s, api, blockedBy(), existing);
    actions.add(d.action());
    switch (d.kind()) {
      case BLOCKED -> {
        subs.add(outcome(s, api, null, SubscriptionStatus.BLOCKED_BY_APPLICATION));
        return Outcome.pending(null, "blocked: " + blockedBy());
      }
      case CREATE -> {
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
      default -> {
        Subscription sub = d.found();
        subs.add(outcome(s, api, sub, SubscriptionStatus.of(sub.status())));
        String detail = "exists (id " + sub.subscriptionId() + ", " + sub.status() + ")";
        return d.kind() == Action.PENDING
            ? Outcome.pending(null, detail)
            : Outcome.skipped(null, detail);
      }
    }
  }

  private Outcome<Void> subscribed(
      SubscriptionSpec s,
      ApiInfo api,
      List<Subscription> existing,
      SubscriptionResult r,
      String note) {
    if (r instanceof SubscriptionResult.Created c && !c.subscription().isPending()) {
      Subscription sub = c.subscription();
      existing.add(sub);
      subs.add(outcome(s, api, sub, SubscriptionStatus.of(sub.status())));
      return Outcome.done(null, "subscribed (id " + sub.subscriptionId() + note + ")");
    }
    Subscription sub = r instanceof SubscriptionResult.Created c ? c.subscription() : null;
    subs.add(outcome(s, api, sub, SubscriptionStatus.ON_HOLD));
    return Outcome.pending(null, "subscribed" + note + ", awaits approval");
  }

  private static SubscriptionOutcome outcome(
      SubscriptionSpec s, ApiInfo api, Subscription sub, SubscriptionStatus status) {
    return new SubscriptionOutcome(
        s.apiName(),
        s.apiVersion(),
        api == null ? null : api.id(),
        sub == null || sub.throttlingPolicy() == null
            ? s.throttlingPolicy()
            : sub.throttlingPolicy(),
        sub == null ? null : sub.subscriptionId(),
        status);
  }

  private void generateKeys(DevPortal dp) {
    List<ApplicationKey> existing = null;
    for (KeySpec spec : o.keys().values()) {
      if (existing == null && !applicationWaits()) {
        existing = appCreatedNow ? List.of() : dp.keys().list(appId);
      }
      List<ApplicationKey> known = existing;
      runner.run(keyStep(spec), () -> keysOne(dp, spec, known));
    }
  }

  private Outcome<Void> keysOne(DevPortal dp, KeySpec spec, List<ApplicationKey> existing) {
    Decided<ApplicationKey> d = decideKeys(spec, blockedBy(), existing);
    actions.add(d.action());
    KeyGenerationRequest want = spec.toRequest(o.keyManager());
    switch (d.kind()) {
      case BLOCKED -> {
        if (d.found() != null) {
          // Rejected, like a rejected application: a refusal the TPP must act on.
          keys.put(want.keyType(), keyOutcome(want, d.found(), Action.BLOCKED));
          throw new FsOnboardException(
              "keys " + want.keyType() + " at " + want.keyManager() + ": " + d.action().detail());
        }
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
                Action.BLOCKED,
                null));
        return Outcome.pending(null, "blocked: " + blockedBy());
      }
      case PENDING -> {
        keys.put(want.keyType(), keyOutcome(want, d.found(), Action.PENDING));
        return Outcome.pending(null, d.action().detail());
      }
      case CREATE -> {
        return LostAnswers.write(
            () -> explained(want, () -> dp.keys().generate(appId, want)),
            k -> generated(want, k, ""),
            () ->
                findKey(dp.keys().list(appId), want)
                    .map(k -> generated(want, k, "; found after the answer was lost")));
      }
      case NONE -> {
        ApplicationKey have = d.found();
        keys.put(want.keyType(), keyOutcome(want, have, Action.NONE));
        return Outcome.skipped(null, "exist (consumer key " + have.consumerKey() + ")");
      }
      default -> {
        return updateKeys(dp, want, d.found(), d.action().changedFields());
      }
    }
  }

  private Outcome<Void> updateKeys(
      DevPortal dp, KeyGenerationRequest want, ApplicationKey have, List<String> changed) {
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
    keys.put(want.keyType(), keyOutcome(want, merged, Action.UPDATE));
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
      keys.put(want.keyType(), keyOutcome(want, k, Action.PENDING));
      return Outcome.pending(null, "requested" + note + ", awaits approval");
    }
    keys.put(want.keyType(), keyOutcome(want, k, Action.CREATE));
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

  private static KeyOutcome keyOutcome(KeyGenerationRequest want, ApplicationKey k, Action action) {
    return new KeyOutcome(
        want.keyType(),
        k.keyManager() == null ? want.keyManager() : k.keyManager(),
        k.keyMappingId(),
        k.consumerKey(),
        k.consumerSecret(),
        k.supportedGrantTypes() == null ? want.grantTypesToBeSupported() : k.supportedGrantTypes(),
        k.callbackUrl(),
        action,
        k.keyState());
  }

  // ---- lookups ----------------------------------------------------------------------------

  private static List<Subscription> listSubscriptions(DevPortal dp, String applicationId) {
    // Mutable: subscribeOne adds what this run creates.
    return new ArrayList<>(dp.subscriptions().streamByApplication(applicationId).toList());
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
        List.copyOf(keys.values()),
        actions,
        runner.finished(),
        signUpWaits);
  }

  private String signUpStep() {
    return "sign up " + o.username();
  }

  private String signInStep() {
    return "sign in " + o.username();
  }

  private static String appStep(ApplicationRequest req) {
    return "application " + req.name();
  }

  private String keyStep(KeySpec k) {
    String km = k.keyManager() != null ? k.keyManager() : o.keyManager();
    return "keys " + k.keyType() + " (" + km + ")";
  }

  private static String subStep(SubscriptionSpec s) {
    return "subscribe " + s.label() + " (" + s.throttlingPolicy() + ")";
  }

  private static PlannedAction create(String step, String detail) {
    return new PlannedAction(step, Action.CREATE, detail, null);
  }

  private static PlannedAction blocked(String step, String detail) {
    return new PlannedAction(step, Action.BLOCKED, detail, null);
  }

  private static PlannedAction none(String step, String detail) {
    return new PlannedAction(step, Action.NONE, detail, null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
