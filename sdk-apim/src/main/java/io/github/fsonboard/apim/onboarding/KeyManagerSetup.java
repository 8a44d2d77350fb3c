package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.ApimSession;
import io.github.fsonboard.apim.admin.FsKeyManagerSettings;
import io.github.fsonboard.apim.admin.KeyManager;
import io.github.fsonboard.apim.admin.KeyManagerSummary;
import io.github.fsonboard.apim.admin.KeyManagersClient;
import io.github.fsonboard.apim.onboarding.PlannedAction.Action;
import io.github.fsonboard.apim.onboarding.StepRunner.Outcome;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.http.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bank administrator's key manager setup (seed steps 1–13): an idempotent upsert of one key
 * manager (by name), then optionally disabling the Resident Key Manager. Create it with {@link
 * Onboarding#keyManager(ApimSession)}.
 *
 * <pre>{@code
 * KeyManagerSetup setup = Onboarding.keyManager(apim.admin("admin", adminPassword))
 *     .fsKeyManager("FSKM")
 *     .identityServer("https://is.bank.example:9446")
 *     .identityServerAdmin("admin", isAdminPassword)
 *     .disableResidentKeyManager()
 *     .build();
 * System.out.println(setup.plan());             // dry run
 * KeyManagerSetupReport report = setup.apply(ProgressListener.printingTo(System.out));
 * }</pre>
 *
 * <p>When the key manager exists, each field the desired configuration sets is compared with the
 * server's; only when something drifted is the whole object PUT back (the server's copy with the
 * desired fields laid over it). The server masks secrets ({@code "*****"}): they cannot be compared
 * and count as unchanged unless {@link Builder#forceSecretUpdate()} is set. Immutable and
 * thread-safe.
 */
public final class KeyManagerSetup {
  private static final String RESIDENT_STEP = "disable Resident Key Manager";
  private final ApimSession session;
  private final KeyManager desired;
  private final boolean disableResident;
  private final boolean forceSecrets;
  private final HttpTransport connectorCheck;

  private KeyManagerSetup(Builder b, KeyManager desired) {
    this.session = b.session;
    this.desired = desired;
    this.disableResident = b.disableResident;
    this.forceSecrets = b.forceSecrets;
    this.connectorCheck = b.connectorCheck;
  }

  /**
   * Starts a builder; prefer {@link Onboarding#keyManager(ApimSession)}.
   *
   * @param adminSession a bank administrator's session (scopes {@code apim:admin})
   * @return a builder
   */
  public static Builder builder(ApimSession adminSession) {
    return new Builder(adminSession);
  }

  /**
   * The key manager this setup wants on the server.
   *
   * @return the desired configuration (holds the IS admin password as a {@link Secret})
   */
  public KeyManager desired() {
    return desired;
  }

  /**
   * Computes what {@link #apply()} would do, without changing anything.
   *
   * @return the planned actions: the key manager's CREATE/UPDATE (with the drifted fields)/NONE,
   *     then the Resident Key Manager's UPDATE/NONE when asked to disable it
   * @throws io.github.fsonboard.core.error.FsOnboardException when the server cannot be read
   */
  public Plan plan() {
    KeyManagersClient kms = session.adminPortal().keyManagers();
    List<KeyManagerSummary> all = kms.list();
    List<PlannedAction> actions = new ArrayList<>();
    actions.add(decideKeyManager(kms, all).action());
    if (disableResident) {
      actions.add(decideResident(all).action());
    }
    return new Plan(actions);
  }

  /**
   * Applies the setup with no progress listener.
   *
   * @return the report
   * @throws OnboardingException naming the failed step
   */
  public KeyManagerSetupReport apply() {
    return apply(ProgressListener.NONE);
  }

  /**
   * Applies the setup: creates or corrects the key manager, then disables the Resident Key Manager
   * when asked. Running it again changes nothing.
   *
   * @param listener receives each step
   * @return what was done
   * @throws OnboardingException naming the failed step and the steps done before it
   */
  public KeyManagerSetupReport apply(ProgressListener listener) {
    StepRunner runner = new StepRunner(listener);
    if (connectorCheck != null) {
      runner.run(
          "check IS admin credentials",
          () -> Outcome.skipped(null, ConnectorCheck.check(desired, connectorCheck)));
    }
    KeyManagersClient kms = session.adminPortal().keyManagers();
    AtomicReference<List<KeyManagerSummary>> all = new AtomicReference<>(List.of());
    KmResult km =
        runner.run(
            kmStep(),
            () -> {
              all.set(kms.list());
              return applyKeyManager(kms, decideKeyManager(kms, all.get()));
            });
    Action resident = Action.NONE;
    if (disableResident) {
      resident = runner.run(RESIDENT_STEP, () -> applyResident(kms, decideResident(all.get())));
    }
    return new KeyManagerSetupReport(
        km.id(), desired.name(), km.action(), km.changed(), resident, runner.finished());
  }

  /** The key manager: create when absent, update the drifted fields, or nothing. */
  private Decided<KeyManager> decideKeyManager(KeyManagersClient kms, List<KeyManagerSummary> all) {
    Optional<KeyManager> current = find(kms, all, desired.name());
    if (current.isEmpty()) {
      return new Decided<>(new PlannedAction(kmStep(), Action.CREATE, "absent", null), null);
    }
    List<String> changed = KeyManagerDrift.changedFields(desired, current.get(), forceSecrets);
    PlannedAction action =
        changed.isEmpty()
            ? new PlannedAction(kmStep(), Action.NONE, "matches the desired state", null)
            : new PlannedAction(kmStep(), Action.UPDATE, "drifted: " + changed, changed);
    return new Decided<>(action, current.get());
  }

  private Outcome<KmResult> applyKeyManager(KeyManagersClient kms, Decided<KeyManager> d) {
    switch (d.kind()) {
      case CREATE -> {
        KeyManager created =
            LostAnswers.write(
                () -> kms.create(desired),
                made -> made,
                () -> find(kms, kms.list(), desired.name()));
        return Outcome.done(
            new KmResult(created.id(), Action.CREATE, List.of()), "created " + created.id());
      }
      case UPDATE -> {
        kms.update(KeyManagerDrift.merge(d.found(), desired));
        List<String> changed = d.action().changedFields();
        return Outcome.done(
            new KmResult(d.found().id(), Action.UPDATE, changed), "updated " + changed);
      }
      default -> {
        return Outcome.skipped(
            new KmResult(d.found().id(), Action.NONE, List.of()), d.action().detail());
      }
    }
  }

  /** The Resident Key Manager: disable it when it is there and enabled. */
  private static Decided<KeyManagerSummary> decideResident(List<KeyManagerSummary> all) {
    Optional<KeyManagerSummary> r = all.stream().filter(KeyManagerSummary::isResident).findFirst();
    if (r.isEmpty()) {
      return new Decided<>(
          new PlannedAction(RESIDENT_STEP, Action.NONE, "no Resident Key Manager", null), null);
    }
    PlannedAction action =
        Boolean.FALSE.equals(r.get().enabled())
            ? new PlannedAction(RESIDENT_STEP, Action.NONE, "already disabled", null)
            : new PlannedAction(
                RESIDENT_STEP, Action.UPDATE, "enabled -> disabled", List.of("enabled"));
    return new Decided<>(action, r.get());
  }

  private static Outcome<Action> applyResident(
      KeyManagersClient kms, Decided<KeyManagerSummary> d) {
    if (d.kind() == Action.NONE) {
      return Outcome.skipped(Action.NONE, d.action().detail());
    }
    kms.disable(d.found().id());
    return Outcome.done(Action.UPDATE, "disabled");
  }

  private static Optional<KeyManager> find(
      KeyManagersClient kms, List<KeyManagerSummary> all, String name) {
    return all.stream().filter(k -> name.equals(k.name())).findFirst().map(k -> kms.get(k.id()));
  }

  private String kmStep() {
    return "key manager " + desired.name();
  }

  private record KmResult(String id, Action action, List<String> changed) {}

  /**
   * Builds a {@link KeyManagerSetup}: either any key manager ({@link #desired(KeyManager)}) or the
   * seed's fsKeyManager from an Identity Server URL ({@link #fsKeyManager(String)} and the methods
   * after it). Not thread-safe.
   */
  public static final class Builder {
    private final ApimSession session;
    private KeyManager desired;
    private FsKeyManagerSettings.Builder fs;
    private boolean disableResident;
    private boolean forceSecrets;
    private HttpTransport connectorCheck;

    private Builder(ApimSession session) {
      this.session = session;
    }

    /**
     * Sets the desired key manager as a whole (any type).
     *
     * @param keyManager the configuration; its {@code name} identifies it on the server
     * @return this builder
     */
    public Builder desired(KeyManager keyManager) {
      this.desired = keyManager;
      return this;
    }

    /**
     * Asks for the seed's fsKeyManager configuration under this name (see {@link
     * FsKeyManagerSettings}); set the Identity Server and its admin next.
     *
     * @param name the key manager's name, e.g. {@code FSKM}
     * @return this builder
     */
    public Builder fsKeyManager(String name) {
      fs().name(name);
      return this;
    }

    /**
     * Sets the fsKeyManager's display name (default: its name).
     *
     * @param displayName the display name
     * @return this builder
     */
    public Builder displayName(String displayName) {
      fs().displayName(displayName);
      return this;
    }

    /**
     * Sets the fsKeyManager's description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      fs().description(description);
      return this;
    }

    /**
     * Sets the Identity Server every fsKeyManager endpoint is derived from.
     *
     * @param isBaseUrl e.g. {@code https://is.bank.example:9446}
     * @return this builder
     */
    public Builder identityServer(String isBaseUrl) {
      fs().identityServer(isBaseUrl);
      return this;
    }

    /**
     * Sets the Identity Server admin the connector uses.
     *
     * @param username the IS admin user
     * @param password the IS admin password
     * @return this builder
     */
    public Builder identityServerAdmin(String username, Secret password) {
      fs().identityServerAdmin(username, password);
      return this;
    }

    /**
     * Sets whether the connector creates roles in Identity Server 7 (default true, as in the seed).
     *
     * @param enable the flag
     * @return this builder
     */
    public Builder enableRolesCreation(boolean enable) {
      fs().enableRolesCreation(enable);
      return this;
    }

    /**
     * Also disables the Resident Key Manager (seed step 13); skipped when already disabled.
     *
     * @return this builder
     */
    public Builder disableResidentKeyManager() {
      this.disableResident = true;
      return this;
    }

    /**
     * Sends the desired secrets (the connector password) even when nothing else drifted: the server
     * masks them, so a changed password cannot be detected otherwise.
     *
     * @return this builder
     */
    public Builder forceSecretUpdate() {
      this.forceSecrets = true;
      return this;
    }

    /**
     * Checks the connector's IS admin credentials at the Identity Server before anything is written
     * (a step of its own). The API Manager cannot tell: creating the key manager never calls IS,
     * and wrong credentials surface only at key generation (500, code 900967, with a key mapping
     * left behind).
     *
     * @param transport the transport to reach the Identity Server with, e.g. {@code
     *     apim.transport()}
     * @return this builder
     */
    public Builder checkConnectorCredentials(HttpTransport transport) {
      this.connectorCheck = transport;
      return this;
    }

    /**
     * Builds the setup; makes no HTTP call.
     *
     * @return the setup
     * @throws ValidationException listing every missing or bad value at once
     */
    public KeyManagerSetup build() {
      Validation v = new Validation();
      v.require(session != null, "adminSession", "is required");
      v.require(
          desired != null || fs != null,
          "keyManager",
          "is required: call desired(KeyManager) or fsKeyManager(name)");
      v.require(
          desired == null || fs == null,
          "keyManager",
          "give either desired(KeyManager) or fsKeyManager(name), not both");
      KeyManager km = desired;
      if (desired == null && fs != null) {
        try {
          km = fs.build();
        } catch (ValidationException e) {
          v.addAll(e);
        }
      }
      v.require(km == null || (km.name() != null && !km.name().isBlank()), "name", "is required");
      v.require(km == null || (km.type() != null && !km.type().isBlank()), "type", "is required");
      v.throwIfInvalid();
      return new KeyManagerSetup(this, km);
    }

    private FsKeyManagerSettings.Builder fs() {
      if (fs == null) {
        fs = FsKeyManagerSettings.builder();
      }
      return fs;
    }
  }
}
