package io.github.fsonboard.is.scim;

import io.github.fsonboard.is.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps SCIM user resources. */
final class UserMapper {
  private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

  private UserMapper() {}

  /**
   * Builds the create body.
   *
   * @param u the user
   * @return the JSON members
   */
  public static Map<String, Object> toJson(NewUser u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemas", List.of(USER_SCHEMA));
    m.put("userName", u.userName());
    m.put("password", u.password().reveal());
    Map<String, Object> name = new LinkedHashMap<>();
    if (u.givenName() != null) {
      name.put("givenName", u.givenName());
    }
    if (u.familyName() != null) {
      name.put("familyName", u.familyName());
    }
    if (!name.isEmpty()) {
      m.put("name", name);
    }
    if (!u.emails().isEmpty()) {
      List<Map<String, Object>> emails = new ArrayList<>();
      for (int i = 0; i < u.emails().size(); i++) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("value", u.emails().get(i));
        e.put("primary", i == 0);
        emails.add(e);
      }
      m.put("emails", emails);
    }
    u.attributes().forEach(m::putIfAbsent);
    return m;
  }

  /**
   * Maps a user resource.
   *
   * @param json the decoded resource
   * @return the user
   */
  public static ScimUser fromJson(Map<String, Object> json) {
    if (json == null || Json.str(json, "id") == null) {
      // An empty body or a user without id cannot be acted on; fail here, not at first use.
      throw new io.github.fsonboard.core.error.FsOnboardException(
          "SCIM user response has no \"id\"");
    }
    Map<String, Object> name = Json.object(json, "name");
    return new ScimUser(
        Json.str(json, "id"),
        Json.str(json, "userName"),
        Json.str(name, "givenName"),
        Json.str(name, "familyName"),
        values(json, "emails", "value"),
        values(json, "roles", "display"),
        Json.rest(json, java.util.Set.of()));
  }

  private static List<String> values(Map<String, Object> json, String key, String member) {
    Object v = json.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s) {
          out.add(s); // WSO2 sometimes lists plain strings
        } else if (o instanceof Map<?, ?> m && Json.str(Json.cast(m), member) != null) {
          out.add(Json.str(Json.cast(m), member));
        }
      }
    }
    return out;
  }
}
