package io.github.fsonboard.apim.devportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.error.Violation;
import io.github.fsonboard.core.oauth.GrantType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FsApplicationPropertiesTest {

  private static KeyGenerationRequest.Builder regulatoryKeys(FsApplicationProperties props) {
    return KeyGenerationRequest.builder()
        .keyType(KeyType.PRODUCTION)
        .keyManager("FSKM")
        .grantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN)
        .callbackUrl("https://tpp.example/callback")
        .fsProperties(props);
  }

  @Test
  void everyValueIsAString() {
    String pem = TestCertificates.validPem();
    Map<String, String> m =
        FsApplicationProperties.builder()
            .regulatory(true)
            .certificate(pem)
            .pkceMandatory(true)
            .pkceSupportPlain(false)
            .publicClient(false)
            .applicationTokenLifetime("3600")
            .userTokenLifetime("N/A")
            .build()
            .toAdditionalProperties();

    assertThat(m)
        .containsEntry("regulatory", "true")
        .containsEntry("sp_certificate", pem)
        .containsEntry("ext_pkce_mandatory", "true")
        .containsEntry("ext_pkce_support_plain", "false")
        .containsEntry("ext_public_client", "false")
        .containsEntry("ext_application_token_lifetime", "3600")
        .containsEntry("ext_user_token_lifetime", "N/A")
        .doesNotContainKeys("ext_refresh_token_lifetime", "ext_id_token_lifetime");
  }

  @Test
  void aValidRegulatoryRequestPasses() {
    KeyGenerationRequest r =
        regulatoryKeys(
                FsApplicationProperties.builder()
                    .regulatory(true)
                    .certificate(TestCertificates.validPem())
                    .build())
            .build();
    assertThat(r.additionalProperties()).containsEntry("regulatory", "true");
    assertThat(r.scopes()).containsExactly("default");
    assertThat(r.validityTime()).isEqualTo("3600");
  }

  @Test
  void reportsEveryProblemAtOnceNamingTheFields() {
    FsApplicationProperties props =
        FsApplicationProperties.builder()
            .regulatory(true)
            .pkceSupportPlain(true)
            .refreshTokenLifetime("-5")
            .idTokenLifetime("soon")
            .build();

    assertThatThrownBy(
            () ->
                KeyGenerationRequest.builder()
                    .grantTypes(GrantType.CLIENT_CREDENTIALS)
                    .fsProperties(props)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "keyType",
                        "keyManager",
                        "additionalProperties.sp_certificate",
                        "additionalProperties.ext_pkce_support_plain",
                        "additionalProperties.ext_refresh_token_lifetime",
                        "additionalProperties.ext_id_token_lifetime",
                        "grantTypesToBeSupported"));
  }

  @Test
  void authorizationCodeNeedsACallbackUrl() {
    assertThatThrownBy(
            () ->
                KeyGenerationRequest.builder()
                    .keyType(KeyType.SANDBOX)
                    .keyManager("FSKM")
                    .grantTypes(GrantType.AUTHORIZATION_CODE)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("callbackUrl"));
  }

  @Test
  void regulatoryIsRequiredWithFsProperties() {
    assertThatThrownBy(
            () ->
                regulatoryKeys(FsApplicationProperties.builder().pkceMandatory(true).build())
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("additionalProperties.regulatory"));
  }

  @Test
  void aMalformedPemIsRefused() {
    String broken =
        "-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
    assertThatThrownBy(
            () ->
                regulatoryKeys(
                        FsApplicationProperties.builder()
                            .regulatory(false)
                            .certificate(broken)
                            .build())
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("additionalProperties.sp_certificate");
              assertThat(e.getMessage()).contains("X.509");
            });
    assertThatThrownBy(
            () ->
                regulatoryKeys(
                        FsApplicationProperties.builder()
                            .regulatory(false)
                            .certificate("MIIB...")
                            .build())
                    .build())
        .hasMessageContaining("PEM");
  }

  @Test
  void anExpiredCertificateIsRefusedForARegulatoryApplication() {
    assertThatThrownBy(
            () ->
                regulatoryKeys(
                        FsApplicationProperties.builder()
                            .regulatory(true)
                            .certificate(TestCertificates.expiredPem())
                            .build())
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("additionalProperties.sp_certificate"));
  }

  @Test
  void unknownKeyTypesAreRefused() {
    assertThat(KeyType.of("sandbox")).isEqualTo(KeyType.SANDBOX);
    assertThatThrownBy(() -> KeyType.of("STAGING"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("keyType"));
  }

  @Test
  void readsBackFromAdditionalProperties() {
    FsApplicationProperties p =
        FsApplicationProperties.fromAdditionalProperties(
            Map.of(
                "regulatory", "true", "ext_pkce_mandatory", true, "ext_id_token_lifetime", "N/A"));
    assertThat(p.isRegulatory()).isTrue();
    assertThat(p.pkceMandatory()).isTrue();
    assertThat(p.idTokenLifetime()).isEqualTo("N/A");
  }
}
