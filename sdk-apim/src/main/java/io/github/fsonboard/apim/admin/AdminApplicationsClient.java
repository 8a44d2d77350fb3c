package io.github.fsonboard.apim.admin;

import io.github.fsonboard.apim.internal.ListBody;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every user's applications, managed with the bank's own credentials ({@code /applications} of the
 * Admin API v4; scope {@code apim:admin}). Behaviour read from carbon-apimgt {@code
 * ApplicationsApiServiceImpl} (admin v1 impl): {@code applicationsGet} filters by {@code user} (the
 * creator; all users when absent) and {@code name}, pages with {@code limit} (default 25) and
 * {@code offset}; {@code applicationsApplicationIdDelete} answers 200 without a body or 404 when no
 * such application exists; {@code applicationsApplicationIdChangeOwnerPost} answers 200 without a
 * body and 500 when the update fails (e.g. an unknown new owner). Thread-safe.
 *
 * <pre>{@code
 * AdminApplicationsClient apps = apim.admin("admin", adminPassword).admin().applications();
 * apps.stream("tpp@example.com", null).forEach(a -> System.out.println(a.name() + " " + a.status()));
 * }</pre>
 */
public final class AdminApplicationsClient {
  private static final int PAGE = 100;
  private final AdminService api;

  AdminApplicationsClient(AdminService api) {
    this.api = api;
  }

  /**
   * Lists one page ({@code GET /applications?user=&name=&limit=&offset=}).
   *
   * @param user the owner to filter by, or null for every user
   * @param name the application name to filter by (the server matches it loosely), or null
   * @param limit the page size, or null for the server default (25)
   * @param offset the index of the first item, or null for 0
   * @return one page
   */
  public Page<AdminApplication> list(String user, String name, Integer limit, Integer offset) {
    return ListBody.page(Calls.execute(api.applications(user, name, limit, offset)), offset, limit);
  }

  /**
   * Streams every matching application, fetching pages of 100 only as the stream reaches them.
   *
   * @param user the owner to filter by, or null for every user
   * @param name the name to filter by, or null
   * @return the applications
   */
  public Stream<AdminApplication> stream(String user, String name) {
    return Paging.stream(
        "applications (admin)", at -> list(user, name, PAGE, Paging.position(at, 0)));
  }

  /**
   * Finds the application a user owns with exactly this name.
   *
   * @param owner the owner
   * @param name the exact name
   * @return the application, or empty
   */
  public Optional<AdminApplication> find(String owner, String name) {
    Validation v = new Validation();
    v.require(owner != null && !owner.isBlank(), "owner", "is required");
    v.require(name != null && !name.isBlank(), "name", "is required");
    v.throwIfInvalid();
    return stream(owner, name)
        .filter(a -> name.equals(a.name()) && owner.equalsIgnoreCase(a.owner()))
        .findFirst();
  }

  /**
   * Deletes an application with its subscriptions and keys ({@code DELETE /applications/{id}}).
   *
   * @param applicationId the UUID
   * @throws io.github.fsonboard.core.error.NotFoundException when there is no such application
   */
  public void delete(String applicationId) {
    Calls.execute(
        api.deleteApplication(Validation.requireNonBlank(applicationId, "applicationId")));
  }

  /**
   * Gives an application to another user ({@code POST /applications/{id}/change-owner?owner=}).
   *
   * @param applicationId the UUID
   * @param newOwner the new owner's user name
   */
  public void changeOwner(String applicationId, String newOwner) {
    Validation v = new Validation();
    v.require(applicationId != null && !applicationId.isBlank(), "applicationId", "is required");
    v.require(newOwner != null && !newOwner.isBlank(), "newOwner", "is required");
    v.throwIfInvalid();
    Calls.execute(api.changeApplicationOwner(applicationId, newOwner));
  }
}
