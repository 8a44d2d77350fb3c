package io.github.fsonboard.core.oauth;

import io.github.fsonboard.core.error.FsOnboardException;

/**
 * An access token is not bound to the client certificate in use (RFC 8705 §3); {@link #reason()}
 * says why. The message never holds the token.
 */
public class CertificateBindingException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** Why the binding check failed. */
  public enum Reason {
    /** The access token is not a JWT, so its binding can only be read by introspection. */
    NOT_A_JWT,
    /** The token (or introspection answer) has no {@code cnf.x5t#S256}. */
    NOT_BOUND,
    /** {@code cnf.x5t#S256} is the thumbprint of another certificate. */
    OTHER_CERTIFICATE
  }

  /** Why the check failed. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the check failed
   * @param detail what was found, without the token
   */
  public CertificateBindingException(Reason reason, String detail) {
    super("Certificate-bound access token check failed: " + detail);
    this.reason = reason;
  }

  /**
   * Returns why the check failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
