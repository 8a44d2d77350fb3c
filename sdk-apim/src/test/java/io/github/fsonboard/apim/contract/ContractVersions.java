package io.github.fsonboard.apim.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows the releases {@link ContractTraffic} validates a test's traffic against (default: all),
 * for tests whose fixtures or requests use fields that older releases lack.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ContractVersions {
  /** The releases to validate against. */
  ApimVersion[] value();
}
