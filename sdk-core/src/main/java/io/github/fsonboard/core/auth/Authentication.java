package io.github.fsonboard.core.auth;

import java.util.Objects;

/**
 * How a client authenticates its calls: not at all, with HTTP Basic, or with a bearer token from a
 * {@link TokenProvider}.
 *
 * <pre>{@code
 * Authentication.basic(BasicCredentials.of("admin", adminPassword));
 * Authentication.bearer(tokenProvider);
 * }</pre>
 */
public sealed interface Authentication
    permits Authentication.None, Authentication.Basic, Authentication.Bearer {

  /**
   * No authentication.
   *
   * @return the singleton
   */
  static Authentication none() {
    return None.INSTANCE;
  }

  /**
   * HTTP Basic.
   *
   * @param credentials the user and password
   * @return the authentication
   */
  static Authentication basic(BasicCredentials credentials) {
    return new Basic(credentials);
  }

  /**
   * Bearer tokens; a 401 invalidates the token used and retries once with a fresh one.
   *
   * @param tokens the token provider
   * @return the authentication
   */
  static Authentication bearer(TokenProvider tokens) {
    return new Bearer(tokens);
  }

  /** No authentication. */
  enum None implements Authentication {
    /** The only value. */
    INSTANCE
  }

  /**
   * HTTP Basic authentication.
   *
   * @param credentials the user and password
   */
  record Basic(BasicCredentials credentials) implements Authentication {
    /** Validates the component. */
    public Basic {
      Objects.requireNonNull(credentials, "credentials");
    }
  }

  /**
   * Bearer token authentication.
   *
   * @param tokens the token provider
   */
  record Bearer(TokenProvider tokens) implements Authentication {
    /** Validates the component. */
    public Bearer {
      Objects.requireNonNull(tokens, "tokens");
    }
  }
}
