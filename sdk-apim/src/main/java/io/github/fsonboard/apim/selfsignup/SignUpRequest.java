package io.github.fsonboard.apim.selfsignup;

import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * A TPP's self sign-up: user name, password and claims. {@code toString} never shows the password.
 *
 * <pre>{@code
 * SignUpRequest tpp = SignUpRequest.builder()
 *     .username("tpp@example.com").password(Secret.of(pw))
 *     .givenName("Ada").lastName("Lovelace").email("tpp@example.com").organization("Example TPP")
 *     .build();
 * }</pre>
 *
 * @param username the new user's name (FS deployments use e-mail addresses)
 * @param password the new user's password
 * @param realm the user store, {@code PRIMARY} by default
 * @param claims the claims, in the order given
 */
public record SignUpRequest(String username, Secret password, String realm, List<Claim> claims) {

  /** Validates and copies the components. */
  public SignUpRequest {
    Validation v = new Validation();
    v.require(username != null && !username.isBlank(), "username", "is required");
    v.require(username == null || username.indexOf(':') < 0, "username", "must not contain ':'");
    v.require(password != null && !password.isEmpty(), "password", "is required");
    v.throwIfInvalid();
    realm = realm == null || realm.isBlank() ? "PRIMARY" : realm;
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignUpRequest}. Not thread-safe. */
  public static final class Builder {
    private String username;
    private Secret password;
    private String realm = "PRIMARY";
    private final List<Claim> claims = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the user name.
     *
     * @param username the user name
     * @return this builder
     */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /**
     * Sets the password.
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(Secret password) {
      this.password = password;
      return this;
    }

    /**
     * Sets the user store (default {@code PRIMARY}).
     *
     * @param realm the user store domain
     * @return this builder
     */
    public Builder realm(String realm) {
      this.realm = realm;
      return this;
    }

    /**
     * Sets the given name ({@value Claim#GIVEN_NAME}).
     *
     * @param value the given name
     * @return this builder
     */
    public Builder givenName(String value) {
      return claim(Claim.GIVEN_NAME, value);
    }

    /**
     * Sets the last name ({@value Claim#LAST_NAME}).
     *
     * @param value the last name
     * @return this builder
     */
    public Builder lastName(String value) {
      return claim(Claim.LAST_NAME, value);
    }

    /**
     * Sets the e-mail address ({@value Claim#EMAIL}).
     *
     * @param value the e-mail address
     * @return this builder
     */
    public Builder email(String value) {
      return claim(Claim.EMAIL, value);
    }

    /**
     * Sets the organization ({@value Claim#ORGANIZATION}).
     *
     * @param value the organization
     * @return this builder
     */
    public Builder organization(String value) {
      return claim(Claim.ORGANIZATION, value);
    }

    /**
     * Adds any claim; a second value for the same URI replaces the first.
     *
     * @param uri the claim URI
     * @param value its value
     * @return this builder
     */
    public Builder claim(String uri, String value) {
      Claim c = new Claim(uri, value);
      claims.removeIf(existing -> existing.uri().equals(uri));
      claims.add(c);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws io.github.fsonboard.core.error.ValidationException naming every missing value
     */
    public SignUpRequest build() {
      return new SignUpRequest(username, password, realm, claims);
    }
  }
}
