package io.github.fsonboard.is.selfregistration;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A self sign-up request. {@code toString} never shows the password.
 *
 * <pre>{@code
 * new SelfRegistration("tpp@example.com", Secret.of(pw), "PRIMARY",
 *     Map.of("http://wso2.org/claims/givenname", "Ada",
 *            "http://wso2.org/claims/emailaddress", "tpp@example.com"), Map.of());
 * }</pre>
 *
 * @param username {@code user.username}
 * @param password {@code user.password}
 * @param realm {@code user.realm}, e.g. {@code PRIMARY}; null for the server default
 * @param claims {@code user.claims} as claim URI → value
 * @param properties {@code properties} as key → value
 */
public record SelfRegistration(
    String username,
    Secret password,
    String realm,
    Map<String, String> claims,
    Map<String, String> properties) {
  /**
   * Validates and copies the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code username} or {@code
   *     password}
   */
  public SelfRegistration {
    new Validation()
        .require(username != null && !username.isBlank(), "username", "is required")
        .require(password != null && !password.isEmpty(), "password", "is required")
        .throwIfInvalid();
    claims =
        claims == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    properties =
        properties == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
