package io.github.fsonboard.is.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test whose stubbed responses deliberately do not mimic WSO2 IS (e.g. Keycloak's shapes,
 * malformed bodies): its requests are still contract-checked, its responses are not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotWso2Fixture {
  /**
   * Why the responses are not WSO2's.
   *
   * @return the reason
   */
  String value();
}
