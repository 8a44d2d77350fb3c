package io.github.fsonboard.is.discovery;

import io.github.fsonboard.core.error.FsOnboardException;
import java.net.URI;

/**
 * An authorization server's metadata could not be used: the document was unreachable, answered with
 * an error, was not a metadata document, or named another issuer. The message names the URL that
 * was read and the cause; {@link #getCause()} holds the underlying SDK exception, if any.
 */
public final class DiscoveryException extends FsOnboardException {
  private static final long serialVersionUID = 1L;

  /** The document URL that failed. */
  private final URI url;

  /**
   * Creates the exception.
   *
   * @param url the metadata document's URL
   * @param reason why it could not be used; never a secret
   * @param cause the underlying failure, or null
   */
  public DiscoveryException(URI url, String reason, Throwable cause) {
    super("Discovery from " + url + " failed: " + reason, cause);
    this.url = url;
  }

  /**
   * Returns the metadata document's URL.
   *
   * @return the URL that was read
   */
  public URI url() {
    return url;
  }
}
