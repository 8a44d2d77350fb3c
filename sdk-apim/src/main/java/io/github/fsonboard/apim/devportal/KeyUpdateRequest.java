package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.Lists;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.builder.Elements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code PUT /applications/{id}/oauth-keys/{keyMappingId}} changes: grant types, callback URL
 * and application properties. Start from the current key and change what you need:
 *
 * <pre>{@code
 * ApplicationKey key = keys.get(appId, keyMappingId);
 * keys.update(appId, KeyUpdateRequest.from(key).withCallbackUrl("https://tpp.example/cb2"));
 * }</pre>
 *
 * @param keyMappingId the key mapping to update (required)
 * @param keyManager the key manager's name
 * @param keyType production or sandbox
 * @param supportedGrantTypes the grant types
 * @param callbackUrl the redirect URI (required with {@code authorization_code})
 * @param additionalProperties the application properties
 */
public record KeyUpdateRequest(
    String keyMappingId,
    String keyManager,
    KeyType keyType,
    List<String> supportedGrantTypes,
    String callbackUrl,
    Map<String, Object> additionalProperties) {

  /** Copies the collections. */
  public KeyUpdateRequest {
    supportedGrantTypes = Lists.copy(supportedGrantTypes);
    additionalProperties = Lists.copy(additionalProperties);
  }

  /**
   * Starts from a key's current values.
   *
   * @param key the key as read
   * @return the update request
   */
  public static KeyUpdateRequest from(ApplicationKey key) {
    return new KeyUpdateRequest(
        key.keyMappingId(),
        key.keyManager(),
        key.keyType(),
        key.supportedGrantTypes(),
        key.callbackUrl(),
        key.additionalProperties());
  }

  /**
   * Returns a copy with other grant types.
   *
   * @param grantTypes the grant types
   * @return the copy
   */
  public KeyUpdateRequest withGrantTypes(String... grantTypes) {
    return new KeyUpdateRequest(
        keyMappingId,
        keyManager,
        keyType,
        Elements.of(grantTypes),
        callbackUrl,
        additionalProperties);
  }

  /**
   * Returns a copy with another callback URL.
   *
   * @param url the callback URL
   * @return the copy
   */
  public KeyUpdateRequest withCallbackUrl(String url) {
    return new KeyUpdateRequest(
        keyMappingId, keyManager, keyType, supportedGrantTypes, url, additionalProperties);
  }

  /**
   * Returns a copy with the FS application properties merged in.
   *
   * @param properties the properties
   * @return the copy
   */
  public KeyUpdateRequest withFsProperties(FsApplicationProperties properties) {
    Map<String, Object> m =
        additionalProperties == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(additionalProperties);
    m.putAll(properties.toAdditionalProperties());
    return new KeyUpdateRequest(
        keyMappingId, keyManager, keyType, supportedGrantTypes, callbackUrl, m);
  }

  /**
   * Checks the request: key mapping present, callback URL with {@code authorization_code}, and the
   * FS application property rules when they are present.
   *
   * @throws io.github.fsonboard.core.error.ValidationException naming every offending field
   */
  public void validate() {
    Validation v = new Validation();
    v.require(keyMappingId != null && !keyMappingId.isBlank(), "keyMappingId", "is required");
    Elements.requireNoNull(v, "supportedGrantTypes", supportedGrantTypes);
    KeyGenerationRequest.checkGrants(
        v, supportedGrantTypes, callbackUrl, additionalProperties, false);
    v.throwIfInvalid();
  }
}
