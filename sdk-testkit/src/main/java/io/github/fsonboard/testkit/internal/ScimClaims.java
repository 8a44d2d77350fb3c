package io.github.fsonboard.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where IS 7's SCIM2 user resource keeps the local claims an APIM self sign-up sets, so a user
 * signed up with claim URIs reads back over {@code /scim2/Users} under SCIM attribute names, as on
 * IS:
 *
 * <ul>
 *   <li>{@code emailaddress} is core {@code emails}, {@code givenname} {@code name.givenName} and
 *       {@code lastname} {@code name.familyName} (IS claim-config.xml, dialect {@code
 *       urn:ietf:params:scim:schemas:core:2.0:User});
 *   <li>{@code organization} is the enterprise extension's {@code organization}
 *       (identity-inbound-provisioning-scim2 {@code scim2-schema-extension.config});
 *   <li>{@code country} is WSO2's own schema {@code urn:scim:wso2:schema} {@code country}
 *       (product-is AdminInitUserManagementEventTestCase patches {@code
 *       urn:scim:wso2:schema:country}).
 * </ul>
 *
 * A claim without a SCIM mapping is not part of the SCIM resource, so it is not kept.
 */
final class ScimClaims {
  /** The SCIM 2 enterprise user extension. */
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** WSO2 IS 7's own user schema extension. */
  static final String WSO2 = "urn:scim:wso2:schema";

  private static final String LOCAL = "http://wso2.org/claims/";

  /** Local claim name to {container (null: top level), attribute}. */
  private static final Map<String, String[]> PATHS =
      Map.of(
          "givenname", new String[] {"name", "givenName"},
          "lastname", new String[] {"name", "familyName"},
          "organization", new String[] {ENTERPRISE, "organization"},
          "country", new String[] {WSO2, "country"});

  private ScimClaims() {}

  /**
   * Writes a local claim into a SCIM user resource.
   *
   * @param user the resource's attributes
   * @param claimUri the local claim URI
   * @param value its value
   */
  static void put(Map<String, Object> user, String claimUri, Object value) {
    if ((LOCAL + "emailaddress").equals(claimUri)) {
      List<Object> emails =
          new ArrayList<>(user.get("emails") instanceof List<?> l ? l : List.of());
      emails.add(0, value);
      user.put("emails", emails);
      return;
    }
    String[] path =
        claimUri.startsWith(LOCAL) ? PATHS.get(claimUri.substring(LOCAL.length())) : null;
    if (path != null) {
      Map<String, Object> container = new LinkedHashMap<>(Fields.obj(user, path[0]));
      container.put(path[1], value);
      user.put(path[0], container);
    }
  }

  /**
   * Reads a local claim from a SCIM user resource.
   *
   * @param user the resource's attributes
   * @param claimUri the local claim URI
   * @return the value, or null
   */
  static Object get(Map<String, Object> user, String claimUri) {
    if ((LOCAL + "emailaddress").equals(claimUri)) {
      // The primary address: a plain string as a sign-up leaves it, or the entry marked primary.
      Object first = null;
      for (Object e : user.get("emails") instanceof List<?> l ? l : List.of()) {
        Object value = e instanceof Map<?, ?> m ? m.get("value") : e;
        if (e instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("primary"))) {
          return value;
        }
        first = first == null ? value : first;
      }
      return first;
    }
    String[] path =
        claimUri.startsWith(LOCAL) ? PATHS.get(claimUri.substring(LOCAL.length())) : null;
    return path == null ? null : Fields.obj(user, path[0]).get(path[1]);
  }
}
