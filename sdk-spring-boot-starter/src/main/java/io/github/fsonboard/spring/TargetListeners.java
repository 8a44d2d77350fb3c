package io.github.fsonboard.spring;

import io.github.fsonboard.core.observe.SdkListener;

/**
 * The listener the starter adds to a target's transport, e.g. Micrometer meters tagged with the
 * target's name. Defined as a bean by the starter when Micrometer is present; define one to replace
 * it.
 */
@FunctionalInterface
public interface TargetListeners {

  /**
   * Returns the listener for one target.
   *
   * @param target the target's name
   * @return the listener
   */
  SdkListener forTarget(String target);
}
