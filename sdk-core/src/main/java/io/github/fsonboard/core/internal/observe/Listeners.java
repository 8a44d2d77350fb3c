package io.github.fsonboard.core.internal.observe;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a listener is called: whatever it throws is logged at DEBUG (class name only, no
 * message, which could echo anything) and dropped, so observing never breaks a call.
 */
public final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.fsonboard.observe");

  private Listeners() {}

  /**
   * Runs a listener call, swallowing what it throws.
   *
   * @param call the call
   */
  public static void safely(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("SDK listener threw {}; ignored", e.getClass().getName());
    }
  }
}
