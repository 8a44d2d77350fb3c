package io.github.fsonboard.is.scim;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.List;
import java.util.Map;

/**
 * A user to create through SCIM 2.0. {@code toString} never shows the password.
 *
 * <pre>{@code
 * new NewUser("tpp@example.com", Secret.of(pw), "Ada", "Lovelace", List.of("tpp@example.com"),
 *     Map.of());
 * }</pre>
 *
 * @param userName {@code userName}
 * @param password {@code password}
 * @param givenName {@code name.givenName}, or null
 * @param familyName {@code name.familyName}, or null
 * @param emails {@code emails[].value}; the first is marked primary
 * @param attributes other top-level SCIM attributes, sent as given (e.g. an enterprise extension)
 */
public record NewUser(
    String userName,
    Secret password,
    String givenName,
    String familyName,
    List<String> emails,
    Map<String, Object> attributes) {

  /**
   * Validates and copies the members.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming {@code userName} or {@code
   *     password} when missing, and {@code emails} when it holds {@code null}
   */
  public NewUser {
    Validation v =
        new Validation()
            .require(userName != null && !userName.isBlank(), "userName", "is required")
            .require(password != null && !password.isEmpty(), "password", "is required");
    Elements.requireNoNull(v, "emails", emails);
    v.throwIfInvalid();
    emails = emails == null ? List.of() : List.copyOf(emails);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  @Override
  public String toString() {
    return "NewUser[userName=" + userName + ", password=****, emails=" + emails + "]";
  }
}
