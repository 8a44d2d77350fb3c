package io.github.fsonboard.apim.selfsignup;

import io.github.fsonboard.core.error.Validation;

/**
 * One user claim sent at sign-up.
 *
 * @param uri the claim URI, e.g. {@code http://wso2.org/claims/givenname}
 * @param value its value
 */
public record Claim(String uri, String value) {
  /** Given name. */
  public static final String GIVEN_NAME = "http://wso2.org/claims/givenname";

  /** Last name. */
  public static final String LAST_NAME = "http://wso2.org/claims/lastname";

  /** E-mail address. */
  public static final String EMAIL = "http://wso2.org/claims/emailaddress";

  /** Organization. */
  public static final String ORGANIZATION = "http://wso2.org/claims/organization";

  /** Validates the components. */
  public Claim {
    Validation.requireNonBlank(uri, "claims.uri");
    Validation.requireNonNull(value, "claims[" + uri + "].value");
  }
}
