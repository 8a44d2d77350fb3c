package io.github.fsonboard.examples.spring;

import io.github.fsonboard.testkit.Wso2Emulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The {@code fsonboard.*} properties that point the service at an embedded WSO2 emulator. */
final class EmulatorProperties {
  private EmulatorProperties() {}

  /**
   * The emulator's URLs, its generated CA (written to a temporary file, as {@code
   * fsonboard.trust.pem} takes a file) and its administrator.
   */
  static Map<String, Object> of(Wso2Emulator emulator) {
    Path pem;
    try {
      pem = Files.createTempFile("wso2-emulator-ca", ".pem");
      pem.toFile().deleteOnExit();
      Files.writeString(pem, emulator.trustedCertificatePem());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the emulator's CA certificate", e);
    }
    return Map.of(
        "fsonboard.apim-url", emulator.apimBaseUrl(),
        "fsonboard.is-url", emulator.isBaseUrl(),
        "fsonboard.trust.pem", pem.toString(),
        "fsonboard.admin.username", emulator.adminUsername(),
        "fsonboard.admin.password", emulator.adminPassword());
  }
}
