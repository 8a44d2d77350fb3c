package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.http.PageGuard;
import java.util.Optional;

/** Published APIs in the Developer Portal ({@code /apis}; no scope needed). Thread-safe. */
public final class ApisClient {
  private static final int PAGE = 100;
  private final DevportalService api;

  ApisClient(DevportalService api) {
    this.api = api;
  }

  /**
   * Searches APIs ({@code GET /apis?query=&limit=&offset=}).
   *
   * @param query APIM's search query (e.g. {@code name:AccountsAPI}), or null for all
   * @param limit the page size, or null for the server default (25)
   * @param offset the index of the first item, or null for 0
   * @return one page
   */
  public Page<ApiInfo> search(String query, Integer limit, Integer offset) {
    return orEmpty(Calls.execute(api.apis(query, limit, offset)));
  }

  /**
   * Reads one API in full ({@code GET /apis/{apiId}}).
   *
   * @param apiId the API's UUID
   * @return the API
   * @throws io.github.fsonboard.core.error.NotFoundException when there is none with this id
   */
  public Api get(String apiId) {
    return Calls.executeBody(api.api(Validation.requireNonBlank(apiId, "apiId")));
  }

  /**
   * Finds an API by exact name and version. APIM's search matches names loosely, so the results are
   * filtered here, page by page.
   *
   * @param name the exact name
   * @param version the exact version
   * @return the API, or empty
   */
  public Optional<ApiInfo> findByNameAndVersion(String name, String version) {
    Validation v = new Validation();
    v.require(name != null && !name.isBlank(), "name", "is required");
    v.require(version != null && !version.isBlank(), "version", "is required");
    v.throwIfInvalid();
    PageGuard guard = new PageGuard("APIs");
    int offset = 0;
    while (true) {
      Page<ApiInfo> page = search("name:" + name, PAGE, offset);
      Optional<ApiInfo> hit =
          page.list().stream()
              .filter(a -> name.equals(a.name()) && version.equals(a.version()))
              .findFirst();
      if (hit.isPresent() || !page.hasNext() || page.list().isEmpty()) {
        return hit;
      }
      offset += page.list().size();
      guard.next(offset, page.list().size());
    }
  }

  static <T> Page<T> orEmpty(Page<T> page) {
    return page == null ? new Page<>(0, null, null) : page;
  }
}
