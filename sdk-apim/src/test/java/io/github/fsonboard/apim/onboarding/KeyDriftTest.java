package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.KeyUpdateRequest;
import io.github.fsonboard.apim.onboarding.internal.KeyDrift;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparing requested keys with an existing key mapping. */
class KeyDriftTest {
  private static final KeyGenerationRequest WANT =
      KeySpec.builder(KeyType.PRODUCTION)
          .grantTypes("client_credentials", "refresh_token")
          .pkce(true)
          .build()
          .toRequest("FSKM");

  private static ApplicationKey have(
      List<String> grants, String callback, Map<String, Object> props) {
    return new ApplicationKey(
        "map-1",
        "FSKM",
        "ck",
        null,
        grants,
        callback,
        "COMPLETED",
        KeyType.PRODUCTION,
        "CREATED",
        null,
        null,
        props);
  }

  private static Map<String, Object> serverProps() {
    Map<String, Object> p = new LinkedHashMap<>(WANT.additionalProperties());
    p.put("ext_id_token_lifetime", "N/A");
    return p;
  }

  @Test
  void sameGrantsInAnyOrderAndExtraServerPropertiesAreNoDrift() {
    ApplicationKey k = have(List.of("refresh_token", "client_credentials"), "", serverProps());
    assertThat(KeyDrift.changedFields(WANT, k)).isEmpty();
  }

  @Test
  void numbersAndBooleansAnsweredForStringsSentAreNoDrift() {
    KeyGenerationRequest want =
        KeySpec.builder(KeyType.PRODUCTION)
            .pkce(true)
            .applicationTokenLifetime(java.time.Duration.ofSeconds(3600))
            .build()
            .toRequest("FSKM");
    Map<String, Object> props = new LinkedHashMap<>(want.additionalProperties());
    props.put("ext_application_token_lifetime", 3600.0); // how Moshi decodes the number 3600
    props.put("ext_pkce_mandatory", Boolean.TRUE);
    ApplicationKey k = have(List.of("client_credentials"), null, props);
    assertThat(KeyDrift.changedFields(want, k)).isEmpty();

    props.put("ext_application_token_lifetime", 3600.5);
    ApplicationKey fractional = have(List.of("client_credentials"), null, props);
    assertThat(KeyDrift.changedFields(want, fractional))
        .containsExactly("additionalProperties.ext_application_token_lifetime");
  }

  @Test
  void certificateComparesByItsBase64Body() {
    String pem = io.github.fsonboard.apim.TestCertificates.validPem();
    KeyGenerationRequest want =
        KeySpec.builder(KeyType.PRODUCTION).certificate(pem).build().toRequest("FSKM");
    Map<String, Object> props = new LinkedHashMap<>(want.additionalProperties());
    props.put(
        "sp_certificate",
        pem.replace("-----BEGIN CERTIFICATE-----", "")
            .replace("-----END CERTIFICATE-----", "")
            .replace("\n", ""));
    ApplicationKey k = have(List.of("client_credentials"), null, props);

    assertThat(KeyDrift.changedFields(want, k)).isEmpty();
  }

  @Test
  void namesEachDifference() {
    Map<String, Object> props = serverProps();
    props.put("ext_pkce_mandatory", "false");
    ApplicationKey k = have(List.of("client_credentials"), "https://old/cb", props);

    assertThat(KeyDrift.changedFields(WANT, k))
        .containsExactly("grantTypes", "callbackUrl", "additionalProperties.ext_pkce_mandatory");

    KeyUpdateRequest update = KeyDrift.update(WANT, k);
    assertThat(update.keyMappingId()).isEqualTo("map-1");
    assertThat(update.supportedGrantTypes()).containsExactly("client_credentials", "refresh_token");
    assertThat(update.additionalProperties())
        .containsEntry("ext_pkce_mandatory", "true")
        .containsEntry("ext_id_token_lifetime", "N/A");
  }
}
