package io.github.fsonboard.apim.admin;

/**
 * What {@code POST /key-managers/discover} read from a well-known URL (the Admin Portal's Import
 * button): the KeyManagerWellKnownResponse schema.
 *
 * @param valid whether the document could be read and understood
 * @param value the key manager settings filled from it (endpoints, grant types, certificates)
 */
public record KeyManagerDiscovery(Boolean valid, KeyManager value) {

  /**
   * Tells whether discovery succeeded.
   *
   * @return true when {@code valid} is true
   */
  public boolean isValid() {
    return Boolean.TRUE.equals(valid);
  }
}
