package io.github.fsonboard.apim.devportal;

import io.github.fsonboard.apim.internal.KeyProperties;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application's OAuth keys ({@code /applications/{id}/generate-keys} and {@code
 * /applications/{id}/oauth-keys}; scope {@code apim:subscribe} or {@code apim:app_manage}). The
 * caller must own the application: use the TPP's session. Thread-safe.
 *
 * <pre>{@code
 * ApplicationKey key = session.devPortal().keys().generate(appId, KeyGenerationRequest.builder()
 *     .keyType(KeyType.PRODUCTION).keyManager("FSKM")
 *     .grantTypes("authorization_code", "refresh_token", "client_credentials")
 *     .callbackUrl("https://tpp.example/callback")
 *     .fsProperties(FsApplicationProperties.builder().regulatory(true).certificate(pem).build())
 *     .build());
 * }</pre>
 */
public final class ApplicationKeysClient {
  private final DevportalService api;

  ApplicationKeysClient(DevportalService api) {
    this.api = api;
  }

  /**
   * Generates keys ({@code POST /applications/{id}/generate-keys}). The certificate property is
   * sent as one canonical PEM, whichever accepted form it was given in.
   *
   * @param applicationId the application's UUID
   * @param request the key settings
   * @return the generated key; {@code token} is null for regulatory applications
   * @throws io.github.fsonboard.core.error.ValidationException before any call when the request
   *     breaks a rule (see {@link KeyGenerationRequest#validate()})
   */
  public ApplicationKey generate(String applicationId, KeyGenerationRequest request) {
    Validation.requireNonBlank(applicationId, "applicationId");
    Validation.requireNonNull(request, "request");
    request.validate();
    Map<String, String> props = new LinkedHashMap<>();
    KeyProperties.render(request.additionalProperties())
        .forEach((k, v) -> props.put(k, (String) v));
    return Calls.executeBody(
        api.generateKeys(
            applicationId,
            new KeyGenerationRequest(
                request.keyType(),
                request.keyManager(),
                request.grantTypesToBeSupported(),
                request.callbackUrl(),
                request.scopes(),
                request.validityTime(),
                props)));
  }

  /**
   * Lists the application's keys ({@code GET /applications/{id}/oauth-keys}).
   *
   * @param applicationId the application's UUID
   * @return the keys
   */
  public List<ApplicationKey> list(String applicationId) {
    DevportalService.KeyList l =
        Calls.execute(api.keys(Validation.requireNonBlank(applicationId, "applicationId")));
    return l == null || l.list() == null ? List.of() : List.copyOf(l.list());
  }

  /**
   * Finds the key of one type at one key manager.
   *
   * @param applicationId the application's UUID
   * @param keyType production or sandbox
   * @param keyManager the key manager's name
   * @return the key, or empty
   */
  public Optional<ApplicationKey> find(String applicationId, KeyType keyType, String keyManager) {
    Validation.requireNonNull(keyType, "keyType");
    Validation.requireNonBlank(keyManager, "keyManager");
    return list(applicationId).stream()
        .filter(k -> keyType == k.keyType() && keyManager.equals(k.keyManager()))
        .findFirst();
  }

  /**
   * Reads one key ({@code GET /applications/{id}/oauth-keys/{keyMappingId}}).
   *
   * @param applicationId the application's UUID
   * @param keyMappingId the key mapping's UUID
   * @return the key
   */
  public ApplicationKey get(String applicationId, String keyMappingId) {
    return Calls.executeBody(
        api.key(
            Validation.requireNonBlank(applicationId, "applicationId"),
            Validation.requireNonBlank(keyMappingId, "keyMappingId")));
  }

  /**
   * Updates grant types, callback URL and application properties ({@code PUT
   * /applications/{id}/oauth-keys/{keyMappingId}}). The properties are sent the way the FS key
   * manager validates them, whatever shape they were read in: numbers as integral strings ({@code
   * 3600}, never {@code 3600.0}), booleans as {@code "true"}/{@code "false"}, the certificate as
   * one canonical PEM. Nothing the request does not hold is added.
   *
   * @param applicationId the application's UUID
   * @param request the new values, with the key mapping id
   * @return the updated key
   */
  public ApplicationKey update(String applicationId, KeyUpdateRequest request) {
    Validation.requireNonBlank(applicationId, "applicationId");
    Validation.requireNonNull(request, "request");
    request.validate();
    return Calls.executeBody(
        api.updateKey(
            applicationId,
            request.keyMappingId(),
            new DevportalService.KeyUpdateBody(
                request.keyManager(),
                request.keyType(),
                request.supportedGrantTypes(),
                request.callbackUrl(),
                KeyProperties.render(request.additionalProperties()))));
  }

  /**
   * Issues a new client secret ({@code POST .../oauth-keys/{keyMappingId}/regenerate-secret}).
   *
   * @param applicationId the application's UUID
   * @param keyMappingId the key mapping's UUID
   * @return the client id and its new secret
   */
  public ConsumerCredentials regenerateSecret(String applicationId, String keyMappingId) {
    return Calls.executeBody(
        api.regenerateSecret(
            Validation.requireNonBlank(applicationId, "applicationId"),
            Validation.requireNonBlank(keyMappingId, "keyMappingId")));
  }

  /**
   * Removes a failed key generation's leftovers ({@code POST
   * .../oauth-keys/{keyMappingId}/clean-up}) so that keys can be generated again.
   *
   * @param applicationId the application's UUID
   * @param keyMappingId the key mapping's UUID
   */
  public void cleanUp(String applicationId, String keyMappingId) {
    Calls.execute(
        api.cleanUp(
            Validation.requireNonBlank(applicationId, "applicationId"),
            Validation.requireNonBlank(keyMappingId, "keyMappingId")));
  }
}
