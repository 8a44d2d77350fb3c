package io.github.fsonboard.core.auth;

import io.github.fsonboard.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user name and password for HTTP Basic authentication (IS admin APIs, APIM's REST-API client
 * registration, self sign-up). {@code toString} never shows the password.
 *
 * @param username the user name; must not contain {@code ':'} (RFC 7617)
 * @param password the password
 */
public record BasicCredentials(String username, Secret password) {

  /** Validates the components. */
  public BasicCredentials {
    if (username == null || username.isBlank()) {
      throw new ValidationException("username", "is required");
    }
    if (username.indexOf(':') >= 0) {
      throw new ValidationException("username", "must not contain ':' in HTTP Basic");
    }
    if (password == null) {
      throw new ValidationException("password", "is required");
    }
  }

  /**
   * Convenience factory.
   *
   * @param username the user name
   * @param password the password
   * @return the credentials
   */
  public static BasicCredentials of(String username, String password) {
    return new BasicCredentials(username, Secret.of(password));
  }

  /**
   * Returns the {@code Authorization} header value.
   *
   * @return {@code "Basic base64(username:password)"}; never log it
   */
  public String authorizationHeader() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
  }
}
