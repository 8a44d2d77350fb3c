package io.github.fsonboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleConfigTest {

  @Test
  void withoutConfigurationTheJobRunsEmbedded() throws Exception {
    ExampleConfig config = ExampleConfig.load(new String[0], Map.of());

    assertThat(config.embedded()).isTrue();
    assertThat(config.keyManagerName()).isEqualTo("FSKM");
    assertThat(config.trustPem()).isNull();
    assertThat(config.approvalEnabled()).isFalse();
  }

  @Test
  void environmentWinsOverTheFileWhichWinsOverDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fs.properties");
    Files.writeString(
        file,
        "fsonboard.apim.url=https://apim.bank.example:9443\n"
            + "fsonboard.is.url=https://is.bank.example:9446\n"
            + "fsonboard.keymanager.name=FromFile\n"
            + "fsonboard.tpp.password=file-secret\n");

    ExampleConfig config =
        ExampleConfig.load(
            new String[] {"--config", file.toString()},
            Map.of("FSONBOARD_KEYMANAGER_NAME", "FromEnv", "FSONBOARD_TRUST_PEM", "/tmp/ca.pem"));

    assertThat(config.embedded()).isFalse();
    assertThat(config.apimUrl()).isEqualTo("https://apim.bank.example:9443");
    assertThat(config.keyManagerName()).isEqualTo("FromEnv");
    assertThat(config.trustPem()).isEqualTo(Path.of("/tmp/ca.pem"));
    assertThat(config.tppPassword().reveal()).isEqualTo("file-secret");
    assertThat(config.toString()).doesNotContain("file-secret");
  }

  @Test
  void theConfigFileCanComeFromTheEnvironment(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fs.properties");
    Files.writeString(file, "fsonboard.api.name=PaymentInitiationAPI\n");

    ExampleConfig config =
        ExampleConfig.load(new String[0], Map.of("FSONBOARD_CONFIG", file.toString()));

    assertThat(config.apiName()).isEqualTo("PaymentInitiationAPI");
    assertThat(config.approvalEnabled()).isFalse();
    assertThat(
            ExampleConfig.load(new String[0], Map.of("FSONBOARD_APPROVAL", "on")).approvalEnabled())
        .isTrue();
  }
}
