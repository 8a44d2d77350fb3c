package io.github.fsonboard.spring;

import io.github.fsonboard.testkit.Wso2Emulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter configured for a running emulator: its URLs, its CA (as a PEM file) and admin. */
final class EmulatorContext {
  private EmulatorContext() {}

  static ApplicationContextRunner runner(Wso2Emulator emulator, Path dir) throws IOException {
    Path pem = dir.resolve("wso2-ca.pem");
    Files.writeString(pem, emulator.trustedCertificatePem());
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(FsOnboardAutoConfiguration.class))
        .withPropertyValues(
            "fsonboard.apim-url=" + emulator.apimBaseUrl(),
            "fsonboard.is-url=" + emulator.isBaseUrl(),
            "fsonboard.trust.pem=" + pem,
            "fsonboard.admin.username=" + emulator.adminUsername(),
            "fsonboard.admin.password=" + emulator.adminPassword());
  }
}
