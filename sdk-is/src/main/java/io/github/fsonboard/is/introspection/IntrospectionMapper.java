package io.github.fsonboard.is.introspection;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.is.internal.Json;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Maps an RFC 7662 response to {@link IntrospectionResult}. */
final class IntrospectionMapper {
  private static final Set<String> KNOWN =
      Set.of(
          "active",
          "scope",
          "client_id",
          "username",
          "token_type",
          "exp",
          "iat",
          "nbf",
          "sub",
          "aud",
          "iss",
          "jti");

  private IntrospectionMapper() {}

  /**
   * Maps the response.
   *
   * @param json the decoded body
   * @return the result
   * @throws FsOnboardException when {@code active} is missing
   */
  static IntrospectionResult map(Map<String, Object> json) {
    Boolean active = Json.bool(json, "active");
    if (active == null) {
      throw new FsOnboardException("Introspection response carries no boolean 'active'");
    }
    Object cnf = json.get("cnf");
    String thumbprint = cnf instanceof Map<?, ?> m ? Json.str(Json.cast(m), "x5t#S256") : null;
    return new IntrospectionResult(
        active,
        new LinkedHashSet<>(Json.spaceSeparated(json, "scope")),
        Json.str(json, "client_id"),
        Json.str(json, "username"),
        Json.str(json, "token_type"),
        Json.epochSeconds(json, "exp"),
        Json.epochSeconds(json, "iat"),
        Json.epochSeconds(json, "nbf"),
        Json.str(json, "sub"),
        Json.strings(json, "aud"),
        Json.str(json, "iss"),
        Json.str(json, "jti"),
        thumbprint,
        Json.rest(json, KNOWN));
  }
}
