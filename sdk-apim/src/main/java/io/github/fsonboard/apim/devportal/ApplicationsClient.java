package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Json;
import io.github.fsonboard.apim.internal.ListBody;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.HttpResult;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.ResponseBody;

/**
 * The signed-in user's applications ({@code /applications}; scope {@code apim:subscribe} or {@code
 * apim:app_manage}). Thread-safe.
 *
 * <pre>{@code
 * ApplicationsClient apps = session.devPortal().applications();
 * String appId = apps.find("Accounts App")
 *     .map(ApplicationInfo::applicationId)
 *     .orElseGet(() -> apps.create(ApplicationRequest.builder().name("Accounts App").build())
 *         .created().orElseThrow().applicationId());
 * }</pre>
 */
public final class ApplicationsClient {
  private static final int PAGE = 100;
  private final DevportalService api;

  ApplicationsClient(DevportalService api) {
    this.api = api;
  }

  /**
   * Creates an application ({@code POST /applications}).
   *
   * @param request the application
   * @return {@link ApplicationResult.Created} (201) or {@link ApplicationResult.Pending} when an
   *     approval workflow holds it (202)
   * @throws io.github.fsonboard.core.error.ConflictException when the user already has an
   *     application with this name
   */
  public ApplicationResult create(ApplicationRequest request) {
    Validation.requireNonNull(request, "request");
    HttpResult<ResponseBody> r = Calls.exchange(api.createApplication(request));
    if (r.status() == 202) {
      return new ApplicationResult.Pending(
          Json.decode(r, WorkflowResponse.class, "workflow response of POST /applications"));
    }
    return new ApplicationResult.Created(
        Json.decode(r, Application.class, "application in POST /applications"));
  }

  /**
   * Lists applications ({@code GET /applications?query=&limit=&offset=}).
   *
   * @param query a name search, or null for all
   * @param limit the page size, or null for the server default
   * @param offset the index of the first item, or null for 0
   * @return one page
   */
  public Page<ApplicationInfo> list(String query, Integer limit, Integer offset) {
    return ListBody.page(Calls.execute(api.applications(query, limit, offset)), offset, limit);
  }

  /**
   * Streams every matching application, fetching pages of 100 only as the stream reaches them.
   *
   * @param query a name search, or null for all
   * @return the applications
   */
  public Stream<ApplicationInfo> stream(String query) {
    return Paging.stream("applications", at -> list(query, PAGE, Paging.position(at, 0)));
  }

  /**
   * Finds the user's application with exactly this name (the server's query matches loosely).
   *
   * @param name the exact name
   * @return the application summary, or empty
   */
  public Optional<ApplicationInfo> find(String name) {
    Validation.requireNonBlank(name, "name");
    return stream(name).filter(a -> name.equals(a.name())).findFirst();
  }

  /**
   * Reads an application ({@code GET /applications/{id}}).
   *
   * @param applicationId the UUID
   * @return the application
   * @throws io.github.fsonboard.core.error.NotFoundException when the user has none with this id
   */
  public Application get(String applicationId) {
    return Calls.executeBody(
        api.application(Validation.requireNonBlank(applicationId, "applicationId")));
  }

  /**
   * Replaces an application's writable fields ({@code PUT /applications/{id}}).
   *
   * @param applicationId the UUID
   * @param request the new values
   * @return the updated application
   */
  public Application update(String applicationId, ApplicationRequest request) {
    Validation.requireNonBlank(applicationId, "applicationId");
    Validation.requireNonNull(request, "request");
    return Calls.executeBody(api.updateApplication(applicationId, request));
  }

  /**
   * Deletes an application ({@code DELETE /applications/{id}}).
   *
   * @param applicationId the UUID
   * @return empty when deleted (200), or the workflow holding the deletion (202)
   */
  public Optional<WorkflowResponse> delete(String applicationId) {
    HttpResult<ResponseBody> r =
        Calls.exchange(
            api.deleteApplication(Validation.requireNonBlank(applicationId, "applicationId")));
    return pending(r, "DELETE /applications");
  }

  static Optional<WorkflowResponse> pending(HttpResult<ResponseBody> r, String what) {
    WorkflowResponse w = Json.decode(r, WorkflowResponse.class, "response of " + what);
    return r.status() == 202 ? Optional.ofNullable(w) : Optional.empty();
  }
}
