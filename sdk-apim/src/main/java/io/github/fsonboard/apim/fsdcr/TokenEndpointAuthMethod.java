package io.github.fsonboard.apim.fsdcr;

/** How the registered client authenticates at the token endpoint. */
public enum TokenEndpointAuthMethod {
  /** A client assertion signed with the software signing key (RFC 7523). */
  PRIVATE_KEY_JWT("private_key_jwt"),
  /** The mutual TLS certificate (RFC 8705). */
  TLS_CLIENT_AUTH("tls_client_auth");

  private final String wireName;

  TokenEndpointAuthMethod(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name on the wire.
   *
   * @return e.g. {@code private_key_jwt}
   */
  public String wireName() {
    return wireName;
  }
}
