package io.github.fsonboard.core.pkce;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.OAuthError;
import io.github.fsonboard.core.internal.uri.UriCodec;
import java.util.Optional;

/**
 * The authorization server redirected back with an {@code error} instead of a code (RFC 6749
 * §4.1.2.1), for example {@code access_denied} when the user refused consent.
 *
 * <pre>{@code
 * try {
 *   String code = AuthorizationCallback.parse(callbackUri).code(state);
 * } catch (AuthorizationDeniedException e) {
 *   show(e.error(), e.errorDescription().orElse(""));
 * }
 * }</pre>
 */
public class AuthorizationDeniedException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** The {@code error} code. */
  private final String error;

  /** The {@code error_description}, or null. */
  private final String errorDescription;

  /** The {@code error_uri}, or null. */
  private final String errorUri;

  /**
   * Creates the exception. Values come from the redirect URI, which anyone can forge: they are
   * stripped of control characters and shortened before use.
   *
   * @param error the {@code error} parameter
   * @param errorDescription the {@code error_description} parameter, or null
   * @param errorUri the {@code error_uri} parameter, or null
   */
  public AuthorizationDeniedException(String error, String errorDescription, String errorUri) {
    super(message(UriCodec.printable(error), UriCodec.printable(errorDescription)));
    this.error = UriCodec.printable(error);
    this.errorDescription = UriCodec.printable(errorDescription);
    this.errorUri = UriCodec.printable(errorUri);
  }

  private static String message(String error, String description) {
    return "Authorization failed: " + error + (description == null ? "" : " (" + description + ")");
  }

  /**
   * Returns the OAuth error code, e.g. {@code access_denied}, {@code invalid_request}.
   *
   * @return the error code
   */
  public String error() {
    return error;
  }

  /**
   * Returns the error code as a constant to match on.
   *
   * @return the constant; {@link OAuthError#OTHER} for a code it does not list
   */
  public OAuthError oauthError() {
    return OAuthError.of(error);
  }

  /**
   * Returns the human-readable description, if the server sent one.
   *
   * @return the description
   */
  public Optional<String> errorDescription() {
    return Optional.ofNullable(errorDescription);
  }

  /**
   * Returns the error page URI, if the server sent one.
   *
   * @return the URI as sent
   */
  public Optional<String> errorUri() {
    return Optional.ofNullable(errorUri);
  }
}
