package io.github.fsonboard.apim.devportal;

import java.util.Optional;

/**
 * The outcome of creating an application: created (201), or held by an approval workflow (202). A
 * pending application is not an error: it becomes usable once an administrator approves it.
 *
 * <pre>{@code
 * ApplicationResult r = devportal.applications().create(request);
 * if (r instanceof ApplicationResult.Pending p) {
 *   waitForApproval(p.workflow().workflowStatus());
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
   * Tells whether an approval workflow holds the application.
   *
   * @return true for {@link Pending}
   */
  default boolean isPending() {
    return this instanceof Pending;
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
