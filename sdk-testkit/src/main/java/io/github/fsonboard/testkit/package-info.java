/**
 * FS Onboard testkit: an embedded, stateful HTTPS emulator of the WSO2 API Manager 4.x and Identity
 * Server 7 endpoints used by Financial Services onboarding ({@link
 * io.github.fsonboard.testkit.Wso2Emulator}), with fault injection ({@link
 * io.github.fsonboard.testkit.Faults}) and a JUnit 5 extension ({@link
 * io.github.fsonboard.testkit.WithWso2Emulator}).
 */
package io.github.fsonboard.testkit;
