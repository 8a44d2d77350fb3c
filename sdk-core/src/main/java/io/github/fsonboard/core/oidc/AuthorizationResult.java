package io.github.fsonboard.core.oidc;

import io.github.fsonboard.core.oauth.TokenResponse;
import java.util.Optional;

/**
 * What a completed {@link AuthorizationSession} yields: the token response and, for an OpenID
 * Connect request, its validated ID token.
 *
 * @param tokens the token response; its tokens are {@code Secret}s
 * @param idToken the validated ID token, or null when {@code openid} was not requested
 */
public record AuthorizationResult(TokenResponse tokens, IdToken idToken) {

  /**
   * Returns the validated ID token.
   *
   * @return the ID token, empty when {@code openid} was not requested
   */
  public Optional<IdToken> validatedIdToken() {
    return Optional.ofNullable(idToken);
  }
}
