package io.github.fsonboard.apim.onboarding;

import io.github.fsonboard.apim.fsdcr.ClientRegistration;
import io.github.fsonboard.apim.fsdcr.FsDcrClient;
import io.github.fsonboard.apim.fsdcr.RegistrationRequest;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import java.util.List;
import java.util.Optional;

/**
 * Onboards a TPP by Financial Services DCR, with the guarantees of the manual road: pre-flight
 * checks that report every problem before anything is sent, a dry run ({@link #plan()}), progress
 * events, and resumption without duplicates: given the client id of an earlier run it reads that
 * client instead of registering again.
 *
 * <pre>{@code
 * DcrOnboardingResult r = Onboarding.tppByDcr(dcr)
 *     .request(request)
 *     .knownClientId(savedClientIdOrNull)
 *     .build()
 *     .run(ProgressListener.printingTo(System.out));
 * save(r.registration().clientId());
 * }</pre>
 *
 * <p>A registration whose answer is lost (reset, timeout) cannot be looked up afterwards: the FS
 * DCR API has no search by software id. Running again then fails with {@link
 * io.github.fsonboard.apim.fsdcr.SoftwareAlreadyRegisteredException} rather than registering a
 * second client. Immutable and thread-safe.
 */
public final class DcrOnboarding {
  private final FsDcrClient dcr;
  private final RegistrationRequest request;
  private final String knownClientId;

  private DcrOnboarding(Builder b) {
    this.dcr = b.dcr;
    this.request = b.request;
    this.knownClientId = b.knownClientId;
  }

  /**
   * Starts a builder.
   *
   * @param dcr the FS DCR client (mutual TLS transport and signing key)
   * @return the builder
   */
  public static Builder builder(FsDcrClient dcr) {
    return new Builder(dcr);
  }

  /**
   * Checks the request against its software statement and the FS validators, and the certificates
   * when the client was given validators. Makes no HTTP call.
   *
   * @return every problem, empty when none
   */
  public List<Violation> validate() {
    return dcr.check(request);
  }

  /**
   * Computes what {@link #run()} would do without changing anything: with a known client id it
   * reads that client (a GET with its own token).
   *
   * @return the plan
   * @throws ValidationException listing every pre-flight problem
   */
  public Plan plan() {
    requireValid();
    return new Plan(List.of(decide().action()));
  }

  /**
   * Runs the onboarding with no progress listener.
   *
   * @return the result
   * @throws ValidationException when the pre-flight checks fail (nothing was sent)
   * @throws OnboardingException naming the failed step
   */
  public DcrOnboardingResult run() {
    return run(ProgressListener.NONE);
  }

  /**
   * Runs the onboarding: pre-flight checks, then the registration, skipped when the known client
   * still exists.
   *
   * @param listener receives each step
   * @return the result
   * @throws ValidationException when the pre-flight checks fail (nothing was sent)
   * @throws OnboardingException naming the failed step
   */
  public DcrOnboardingResult run(ProgressListener listener) {
    requireValid();
    StepRunner steps = new StepRunner(listener);
    boolean[] created = {false};
    ClientRegistration registration =
        steps.run(
            step(),
            () -> {
              Decided<ClientRegistration> d = decide();
              if (d.kind() == PlannedAction.Action.NONE) {
                return StepRunner.Outcome.skipped(d.found(), "already " + d.action().detail());
              }
              ClientRegistration c = dcr.register(request);
              created[0] = true;
              return StepRunner.Outcome.done(c, "client " + c.clientId());
            });
    return new DcrOnboardingResult(registration, created[0], steps.finished());
  }

  private String step() {
    return "register software " + request.softwareStatement().softwareId() + " by FS DCR";
  }

  private void requireValid() {
    List<Violation> problems = validate();
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * The registration's decision: nothing when the known client still exists (a GET with its own
   * token), else register.
   */
  private Decided<ClientRegistration> decide() {
    Optional<ClientRegistration> existing =
        knownClientId == null ? Optional.empty() : dcr.find(knownClientId);
    return existing
        .map(
            c ->
                new Decided<>(
                    new PlannedAction(
                        step(), PlannedAction.Action.NONE, "registered as " + c.clientId(), null),
                    c))
        .orElseGet(
            () ->
                new Decided<>(
                    new PlannedAction(
                        step(),
                        PlannedAction.Action.CREATE,
                        "POST /register with a signed request",
                        null),
                    null));
  }

  @Override
  public String toString() {
    return "DcrOnboarding[" + step() + (knownClientId == null ? "" : ", known client") + "]";
  }

  /** Configures a {@link DcrOnboarding}. Not thread-safe. */
  public static final class Builder {
    private final FsDcrClient dcr;
    private RegistrationRequest request;
    private String knownClientId;

    private Builder(FsDcrClient dcr) {
      this.dcr = dcr;
    }

    /**
     * Sets what to register.
     *
     * @param request the request
     * @return this builder
     */
    public Builder request(RegistrationRequest request) {
      this.request = request;
      return this;
    }

    /**
     * Resumes from an earlier run: the client id it returned (null for a first run).
     *
     * @param clientId the client id, or null
     * @return this builder
     */
    public Builder knownClientId(String clientId) {
      this.knownClientId = clientId == null || clientId.isBlank() ? null : clientId;
      return this;
    }

    /**
     * Builds the onboarding.
     *
     * @return the onboarding
     * @throws ValidationException naming a missing client or request
     */
    public DcrOnboarding build() {
      Validation v = new Validation();
      v.require(dcr != null, "dcr", "is required");
      v.require(request != null, "request", "is required");
      v.throwIfInvalid();
      return new DcrOnboarding(this);
    }
  }
}
