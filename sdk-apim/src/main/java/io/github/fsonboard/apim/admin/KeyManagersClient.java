package io.github.fsonboard.apim.admin;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.internal.http.Calls;
import java.util.List;
import java.util.Optional;
import okhttp3.MultipartBody;

/**
 * Key managers in the Admin API v4 ({@code /key-managers}; scope {@code apim:admin} or {@code
 * apim:admin_operations}). Thread-safe.
 *
 * <pre>{@code
 * KeyManagersClient kms = session.adminPortal().keyManagers();
 * KeyManager fskm = kms.find("FSKM").orElseGet(() -> kms.create(settings));
 * kms.disableResidentKeyManager();
 * }</pre>
 *
 * <p>Errors: a second key manager with the same name gives a {@link
 * io.github.fsonboard.core.error.ConflictException} whose {@code payload().code()} is {@code
 * "901402"}; missing connector values are refused before any call with a {@link
 * io.github.fsonboard.core.error.ValidationException}.
 */
public final class KeyManagersClient {
  private final AdminService api;

  KeyManagersClient(AdminService api) {
    this.api = api;
  }

  /**
   * Lists the key managers ({@code GET /key-managers}).
   *
   * @return the summaries
   */
  public List<KeyManagerSummary> list() {
    AdminService.KeyManagerList l = Calls.execute(api.listKeyManagers());
    return l == null || l.list() == null ? List.of() : List.copyOf(l.list());
  }

  /**
   * Reads one key manager in full ({@code GET /key-managers/{id}}); secrets come back masked.
   *
   * @param id the key manager's UUID
   * @return the key manager
   * @throws io.github.fsonboard.core.error.NotFoundException when there is none with this id
   */
  public KeyManager get(String id) {
    return Calls.execute(api.getKeyManager(Validation.requireNonBlank(id, "keyManagerId")));
  }

  /**
   * Finds a key manager by exact name (list, then read in full).
   *
   * @param name the name
   * @return the key manager, or empty
   */
  public Optional<KeyManager> find(String name) {
    Validation.requireNonBlank(name, "name");
    return list().stream().filter(k -> name.equals(k.name())).findFirst().map(k -> get(k.id()));
  }

  /**
   * Finds the Resident Key Manager (type {@code "default"}).
   *
   * @return it in full, or empty when the server has none
   */
  public Optional<KeyManager> residentKeyManager() {
    return list().stream().filter(KeyManagerSummary::isResident).findFirst().map(k -> get(k.id()));
  }

  /**
   * Creates a key manager ({@code POST /key-managers}).
   *
   * @param keyManager the configuration; {@code id} is ignored
   * @return the created key manager, with its id
   * @throws io.github.fsonboard.core.error.ValidationException before any call when {@code name} or
   *     {@code type} is missing, or an {@code fsKeyManager} lacks connector values
   * @throws io.github.fsonboard.core.error.ConflictException (code {@code 901402}) when the name is
   *     taken
   */
  public KeyManager create(KeyManager keyManager) {
    validate(keyManager);
    return Calls.execute(api.createKeyManager(withoutId(keyManager)));
  }

  /**
   * Replaces a key manager ({@code PUT /key-managers/{id}}) with the whole object. Masked values
   * ({@code "*****"}) read by {@link #get(String)} may be sent back as they are: the server keeps
   * the stored secret.
   *
   * @param keyManager the full configuration, with its {@code id}
   * @return the updated key manager
   */
  public KeyManager update(KeyManager keyManager) {
    Validation.requireNonNull(keyManager, "keyManager");
    String id = Validation.requireNonBlank(keyManager.id(), "id");
    validate(keyManager);
    return Calls.execute(api.updateKeyManager(id, withoutId(keyManager)));
  }

  /**
   * Deletes a key manager ({@code DELETE /key-managers/{id}}). The Resident Key Manager cannot be
   * deleted: disable it instead.
   *
   * @param id the key manager's UUID
   */
  public void delete(String id) {
    Calls.execute(api.deleteKeyManager(Validation.requireNonBlank(id, "keyManagerId")));
  }

  /**
   * Reads an OpenID Connect well-known document through APIM ({@code POST /key-managers/discover},
   * {@code multipart/form-data}), as the Admin Portal's Import button does.
   *
   * @param wellKnownUrl e.g. {@code https://is:9446/oauth2/token/.well-known/openid-configuration}
   * @param type the key manager type, e.g. {@code fsKeyManager}
   * @return whether it was valid, and the settings read from it
   */
  public KeyManagerDiscovery discover(String wellKnownUrl, String type) {
    Validation v = new Validation();
    v.require(wellKnownUrl != null && !wellKnownUrl.isBlank(), "url", "is required");
    v.require(type != null && !type.isBlank(), "type", "is required");
    v.throwIfInvalid();
    return Calls.execute(
        api.discover(
            MultipartBody.Part.createFormData("url", wellKnownUrl),
            MultipartBody.Part.createFormData("type", type)));
  }

  /**
   * Enables a key manager (read in full, set {@code enabled}, write back).
   *
   * @param id the key manager's UUID
   * @return the updated key manager
   */
  public KeyManager enable(String id) {
    return setEnabled(id, true);
  }

  /**
   * Disables a key manager (read in full, set {@code enabled=false}, write back).
   *
   * @param id the key manager's UUID
   * @return the updated key manager
   */
  public KeyManager disable(String id) {
    return setEnabled(id, false);
  }

  /**
   * Disables the Resident Key Manager (step 13 of the guide), unless it already is.
   *
   * @return the Resident Key Manager after the change, or empty when the server has none
   */
  public Optional<KeyManager> disableResidentKeyManager() {
    return residentKeyManager()
        .map(k -> Boolean.FALSE.equals(k.enabled()) ? k : update(enabled(k, false)));
  }

  private KeyManager setEnabled(String id, boolean enabled) {
    KeyManager current = get(id);
    if (Boolean.valueOf(enabled).equals(current.enabled())) {
      return current;
    }
    return update(enabled(current, enabled).toBuilder().id(id).build());
  }

  private static KeyManager enabled(KeyManager k, boolean enabled) {
    return k.toBuilder().enabled(enabled).build();
  }

  private static KeyManager withoutId(KeyManager k) {
    return k.id() == null ? k : k.toBuilder().id(null).build();
  }

  private static void validate(KeyManager k) {
    Validation.requireNonNull(k, "keyManager");
    Validation v = new Validation();
    v.require(k.name() != null && !k.name().isBlank(), "name", "is required");
    v.require(k.type() != null && !k.type().isBlank(), "type", "is required");
    if (KeyManager.FS_TYPE.equals(k.type())) {
      k.fsConnector().validate(v);
    }
    v.throwIfInvalid();
  }
}
