/**
 * Spring Boot auto-configuration for the FS Onboard SDK: {@code fsonboard.*} properties ({@link
 * io.github.fsonboard.spring.FsOnboardProperties}), the SDK's clients as beans that back off when
 * the application defines its own, named targets ({@link
 * io.github.fsonboard.spring.FsOnboardTargets}), an Actuator health contributor and Micrometer
 * metrics.
 */
package io.github.fsonboard.spring;
