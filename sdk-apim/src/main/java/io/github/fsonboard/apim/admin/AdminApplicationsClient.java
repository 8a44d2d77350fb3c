package io.github.fsonboard.apim.admin;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.PageGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * AdminApplicationsClient apps = apim.admin("admin", adminPassword).adminPortal().applications();
 * for (AdminApplication a : apps.listAll("tpp@example.com", null)) {
 *   System.out.println(a.name() + " " + a.status());
 * }
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
  public AdminApplicationPage list(String user, String name, Integer limit, Integer offset) {
    AdminApplicationPage page = Calls.execute(api.applications(user, name, limit, offset));
    return page == null ? new AdminApplicationPage(0, List.of(), "", "") : page;
  }

  /**
   * Lists every matching application, page by page.
   *
   * @param user the owner to filter by, or null for every user
   * @param name the name to filter by, or null
   * @return the applications
   */
  public List<AdminApplication> listAll(String user, String name) {
    PageGuard guard = new PageGuard("applications (admin)");
    List<AdminApplication> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      AdminApplicationPage page = list(user, name, PAGE, offset);
      all.addAll(page.list());
      if (!page.hasNext() || page.list().isEmpty()) {
        return all;
      }
      offset += page.list().size();
      guard.next(offset, page.list().size());
    }
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
    return listAll(owner, name).stream()
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
