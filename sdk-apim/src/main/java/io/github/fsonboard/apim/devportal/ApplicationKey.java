package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import io.github.fsonboard.core.auth.Secret;
import java.util.List;
import java.util.Map;

/**
 * An application's OAuth client at one key manager (the ApplicationKey schema). {@code toString}
 * never shows the secret or the token.
 *
 * @param keyMappingId the key mapping's UUID, used by the oauth-keys calls
 * @param keyManager the key manager's name
 * @param consumerKey the client id
 * @param consumerSecret the client secret
 * @param supportedGrantTypes the grant types the client may use
 * @param callbackUrl the redirect URI
 * @param keyState e.g. {@code COMPLETED} or {@code APPROVED}
 * @param keyType {@code PRODUCTION} or {@code SANDBOX}
 * @param mode {@code CREATED} or {@code MAPPED}
 * @param groupId the group id, if any
 * @param token a token generated with the keys, or null (always null for regulatory apps)
 * @param additionalProperties the key manager's application properties (fsKeyManager: strings)
 */
public record ApplicationKey(
    String keyMappingId,
    String keyManager,
    String consumerKey,
    Secret consumerSecret,
    List<String> supportedGrantTypes,
    String callbackUrl,
    String keyState,
    KeyType keyType,
    String mode,
    String groupId,
    ApplicationToken token,
    Map<String, Object> additionalProperties) {

  /** Copies the collections. */
  public ApplicationKey {
    supportedGrantTypes = Lists.copy(supportedGrantTypes);
    additionalProperties = Lists.copy(additionalProperties);
  }
}
