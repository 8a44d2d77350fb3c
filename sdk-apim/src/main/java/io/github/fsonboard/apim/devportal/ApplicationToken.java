package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import io.github.fsonboard.core.auth.Secret;
import java.util.List;

/**
 * An access token the portal generated with the keys (the ApplicationToken schema). Null for
 * regulatory applications.
 *
 * @param accessToken the token
 * @param tokenScopes its scopes
 * @param validityTime its lifetime in seconds
 */
public record ApplicationToken(Secret accessToken, List<String> tokenScopes, Long validityTime) {
  /** Copies the scopes. */
  public ApplicationToken {
    tokenScopes = Lists.copy(tokenScopes);
  }
}
