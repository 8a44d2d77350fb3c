package io.github.fsonboard.is.apiresources;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.uri.UriCodec;
import io.github.fsonboard.core.paging.Page;
import io.github.fsonboard.is.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps API resources. */
final class ApiResourceMapper {
  private ApiResourceMapper() {}

  /**
   * Builds the create body.
   *
   * @param r the resource
   * @return the JSON members
   */
  public static Map<String, Object> toJson(NewApiResource r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("identifier", r.identifier());
    if (r.description() != null) {
      m.put("description", r.description());
    }
    if (r.requiresAuthorization() != null) {
      m.put("requiresAuthorization", r.requiresAuthorization());
    }
    m.put("scopes", scopes(r.scopes()));
    return m;
  }

  /**
   * Builds scope creation models.
   *
   * @param scopes the scopes
   * @return {@code [{name, displayName, description}]}
   */
  public static List<Map<String, Object>> scopes(List<ApiResourceScope> scopes) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ApiResourceScope s : scopes) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", s.name());
      e.put("displayName", s.displayName() == null ? s.name() : s.displayName());
      if (s.description() != null) {
        e.put("description", s.description());
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Maps a resource.
   *
   * @param json the decoded resource
   * @return the resource
   */
  public static ApiResource fromJson(Map<String, Object> json) {
    List<ApiResourceScope> scopes = new ArrayList<>();
    for (Map<String, Object> s : Json.objects(json, "scopes")) {
      if (Json.str(s, "name") != null) {
        scopes.add(
            new ApiResourceScope(
                Json.str(s, "name"),
                Json.str(s, "displayName"),
                Json.str(s, "description"),
                Json.str(s, "id")));
      }
    }
    return new ApiResource(
        Json.str(json, "id"),
        Json.str(json, "name"),
        Json.str(json, "identifier"),
        Json.str(json, "description"),
        Json.str(json, "type"),
        Json.bool(json, "requiresAuthorization"),
        scopes,
        Json.rest(json, Set.of()));
  }

  /**
   * Maps a list response. The list key is {@code apiResources}, as identity-api-server's generated
   * {@code APIResourceListResponse} model serialises it (the published YAML's {@code APIResources}
   * is a spec error). Cursors are read from the links' {@code after}/{@code before} query
   * parameters, whatever the links' {@code rel}.
   *
   * @param json the decoded body
   * @return the page
   */
  public static Page<ApiResource> page(Map<String, Object> json) {
    List<ApiResource> items = new ArrayList<>();
    for (Map<String, Object> r : Json.objects(json, "apiResources")) {
      items.add(fromJson(r));
    }
    String next = null;
    String previous = null;
    for (Map<String, Object> link : Json.objects(json, "links")) {
      String href = Json.str(link, "href");
      String after = queryValue(href, "after");
      String before = queryValue(href, "before");
      if (after != null) {
        next = after;
      } else if (before != null) {
        previous = before;
      }
    }
    Long total = Json.number(json, "totalResults");
    return new Page<>(items, total == null ? items.size() : total.intValue(), next, previous);
  }

  /**
   * Reads one parameter of a server link through the SDK's one codec: a bad escape in a link the
   * server sent is a malformed response, not the caller's mistake and not an unmapped exception.
   */
  static String queryValue(String href, String name) {
    if (href == null || href.indexOf('?') < 0) {
      return null;
    }
    for (String pair : href.substring(href.indexOf('?') + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        try {
          return UriCodec.decode(pair.substring(eq + 1), name);
        } catch (ValidationException e) {
          throw new FsOnboardException(
              "API resources page has a malformed link: '"
                  + name
                  + "' "
                  + e.violations().get(0).message());
        }
      }
    }
    return null;
  }
}
