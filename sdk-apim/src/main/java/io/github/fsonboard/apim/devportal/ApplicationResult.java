package io.github.fsonboard.apim.devportal;

import java.util.Optional;

/**
 * The outcome of creating an application: created (201; {@link #isPending()} when an approval
 * workflow holds it, status {@code CREATED}), or held by an approval workflow announced with a 202
 * (which APIM 4.x does not send, but is read if it comes). A pending application is not an error:
 * it becomes usable once an administrator approves it; keys cannot be generated before that.
 *
 * <pre>{@code
 * ApplicationResult r = devportal.applications().create(request);
 * if (r.isPending()) {
 *   waitForApproval();
 * } else {
 *   use(r.created().orElseThrow().applicationId());
 * }
 * }</pre>
 */
public sealed interface ApplicationResult {

  /**
   * Returns the application when it was created.
   *
   * @return the application, or empty while pending
   */
  default Optional<Application> created() {
    return this instanceof Created c ? Optional.of(c.application()) : Optional.empty();
  }

  /**
   * Tells whether an approval workflow holds the application. APIM answers 201 even then (the
   * spec's 202 does not come: carbon-apimgt {@code ApplicationsApiServiceImpl.applicationsPost}),
   * with the application's {@code status} {@code CREATED} until approved ({@code APPROVED}); a 202
   * is still read as pending.
   *
   * @return true for {@link Pending}, or a created application whose status is {@code CREATED}
   */
  default boolean isPending() {
    return this instanceof Pending || this instanceof Created c && c.application().isPending();
  }

  /**
   * The application was created (HTTP 201).
   *
   * @param application the application
   */
  record Created(Application application) implements ApplicationResult {}

  /**
   * An approval workflow holds the application (HTTP 202).
   *
   * @param workflow the workflow's status
   */
  record Pending(WorkflowResponse workflow) implements ApplicationResult {}
}
