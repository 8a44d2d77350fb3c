package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.ListBody;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import io.github.fsonboard.core.internal.paging.Paging;
import io.github.fsonboard.core.paging.Page;
import java.util.Optional;
import java.util.stream.Stream;

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
    return ListBody.page(Calls.execute(api.apis(query, limit, offset)), offset, limit);
  }

  /**
   * Streams every API a search finds, fetching pages of 100 only as the stream reaches them.
   *
   * @param query APIM's search query, or null for all
   * @return the APIs
   */
  public Stream<ApiInfo> stream(String query) {
    return Paging.stream("APIs", at -> search(query, PAGE, Paging.position(at, 0)));
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
  public Optional<ApiInfo> find(String name, String version) {
    Validation v = new Validation();
    v.require(name != null && !name.isBlank(), "name", "is required");
    v.require(version != null && !version.isBlank(), "version", "is required");
    v.throwIfInvalid();
    return stream("name:" + name)
        .filter(a -> name.equals(a.name()) && version.equals(a.version()))
        .findFirst();
  }
}
