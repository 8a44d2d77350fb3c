package io.github.fsonboard.apim.admin;

/**
 * One entry of {@code GET /key-managers} (the admin API's KeyManagerInfo schema).
 *
 * @param id the key manager's UUID
 * @param name its name
 * @param type its type: {@code "default"} for the Resident Key Manager, {@code "fsKeyManager"}, ...
 * @param description its description
 * @param enabled whether it is enabled
 * @param tokenType {@code DIRECT}, {@code EXCHANGED} or {@code BOTH}
 */
public record KeyManagerSummary(
    String id, String name, String type, String description, Boolean enabled, String tokenType) {

  /**
   * Tells whether this is the Resident Key Manager (type {@code "default"}).
   *
   * @return true for the Resident Key Manager
   */
  public boolean isResident() {
    return KeyManager.RESIDENT_TYPE.equals(type);
  }
}
