package io.github.fsonboard.is.contract;

import io.github.fsonboard.harness.Spec;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the WSO2 specs a WireMock test class targets: after all its tests ran, at least one
 * request must have been validated against each (so coverage cannot silently drop).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ContractSpecs {
  /**
   * The specs.
   *
   * @return the specs the class's traffic must reach
   */
  Spec[] value();
}
