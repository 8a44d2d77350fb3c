package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import java.util.List;
import java.util.Map;

/**
 * A key manager as the Developer Portal shows it to application owners (devportal KeyManagerInfo),
 * including the application properties it accepts at key generation.
 *
 * @param id the UUID
 * @param name the name, usable as {@code keyManager} when generating keys
 * @param type e.g. {@code fsKeyManager}; {@code default} is the Resident Key Manager
 * @param displayName the display name
 * @param description the description
 * @param enabled whether it is enabled
 * @param availableGrantTypes the grant types it offers
 * @param tokenEndpoint its token endpoint
 * @param revokeEndpoint its revocation endpoint
 * @param userInfoEndpoint its user info endpoint
 * @param enableTokenGeneration whether the portal may generate tokens
 * @param enableTokenEncryption token encryption
 * @param enableTokenHashing token hashing
 * @param enableOAuthAppCreation whether the portal may create OAuth apps
 * @param enableMapOAuthConsumerApps whether existing OAuth apps may be mapped
 * @param applicationConfiguration the application properties it accepts (e.g. {@code regulatory},
 *     {@code sp_certificate})
 * @param alias the alias
 * @param additionalProperties other settings
 * @param tokenType {@code DIRECT}, {@code EXCHANGED} or {@code BOTH}
 */
public record KeyManagerInfo(
    String id,
    String name,
    String type,
    String displayName,
    String description,
    Boolean enabled,
    List<String> availableGrantTypes,
    String tokenEndpoint,
    String revokeEndpoint,
    String userInfoEndpoint,
    Boolean enableTokenGeneration,
    Boolean enableTokenEncryption,
    Boolean enableTokenHashing,
    Boolean enableOAuthAppCreation,
    Boolean enableMapOAuthConsumerApps,
    List<KeyManagerApplicationConfiguration> applicationConfiguration,
    String alias,
    Map<String, Object> additionalProperties,
    String tokenType) {

  /** Copies the collections. */
  public KeyManagerInfo {
    availableGrantTypes = Lists.copy(availableGrantTypes);
    applicationConfiguration = Lists.copy(applicationConfiguration);
    additionalProperties = Lists.copy(additionalProperties);
  }
}
