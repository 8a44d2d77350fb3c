package io.github.fsonboard.examples.spring;

import io.github.fsonboard.core.error.Validation;
import java.util.List;

/**
 * The body of {@code POST /tpps}: the TPP's user, the application to create and the APIs to
 * subscribe it to.
 *
 * @param username the TPP's user name (an e-mail address)
 * @param password the TPP's password; never echoed, logged or printed
 * @param givenName the TPP user's given name
 * @param lastName the TPP user's last name
 * @param organization the TPP's organisation, optional
 * @param application the application's name
 * @param apis the APIs to subscribe to
 */
public record OnboardTppRequest(
    String username,
    String password,
    String givenName,
    String lastName,
    String organization,
    String application,
    List<Api> apis) {

  /** Copies the list. */
  public OnboardTppRequest {
    apis = apis == null ? List.of() : List.copyOf(apis);
  }

  /**
   * Checks the request before anything is sent to WSO2.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming every missing field
   */
  public void validate() {
    Validation v = new Validation();
    v.require(present(username), "username", "is required");
    v.require(present(password), "password", "is required");
    v.require(present(givenName), "givenName", "is required");
    v.require(present(lastName), "lastName", "is required");
    v.require(present(application), "application", "is required");
    for (int i = 0; i < apis.size(); i++) {
      Api api = apis.get(i);
      v.require(api != null && present(api.name()), "apis[" + i + "].name", "is required");
      v.require(api != null && present(api.version()), "apis[" + i + "].version", "is required");
      v.require(
          api != null && present(api.throttlingPolicy()),
          "apis[" + i + "].throttlingPolicy",
          "is required");
    }
    v.throwIfInvalid();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * One API subscription.
   *
   * @param name the API's name
   * @param version the API's version
   * @param throttlingPolicy the subscription tier, e.g. {@code Unlimited}
   */
  public record Api(String name, String version, String throttlingPolicy) {}

  /** Leaves the password out. */
  @Override
  public String toString() {
    return "OnboardTppRequest[username="
        + username
        + ", application="
        + application
        + ", apis="
        + apis
        + "]";
  }
}
