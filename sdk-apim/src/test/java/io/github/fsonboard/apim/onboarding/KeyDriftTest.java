package io.github.fsonboard.apim.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.devportal.ApplicationKey;
import io.github.fsonboard.apim.devportal.KeyGenerationRequest;
import io.github.fsonboard.apim.devportal.KeyType;
import io.github.fsonboard.apim.devportal.KeyUpdateRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparing requested keys with an existing key mapping. */
class KeyDriftTest {
  private static final KeyGenerationRequest WANT =
      KeySpec.builder(KeyType.PRODUCTION)
          .grantTypes("client_credentials", "refresh_token")
          .pkceMandatory(true)
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
            .pkceMandatory(true)
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

  /**
   * The listing as the server builds it (wso2-contracts §9; apim-km-wso2is
   * WSO2IS7KeyManager.buildDTOFromClientInfo, then FSKeyManagerImpl adds regulatory and
   * sp_certificate): numbers, booleans, 0 for the lifetimes never set, keys it does not know gone.
   */
  @Test
  void aServerShapedListingOfWhatWasAskedIsNoDrift() {
    String pem = io.github.fsonboard.apim.TestCertificates.validPem();
    KeyGenerationRequest want =
        KeySpec.builder(KeyType.PRODUCTION)
            .grantTypes("authorization_code", "client_credentials")
            .callbackUrl("https://tpp.example/cb")
            .pkceMandatory(true)
            .regulatory(true)
            .certificate(pem)
            .applicationTokenLifetime(java.time.Duration.ofSeconds(3600))
            .build()
            .toRequest("FSKM");
    Map<String, String> asked = new LinkedHashMap<>(want.additionalProperties());
    asked.put("ext_id_token_lifetime", "N/A");
    asked.put("custom_unknown", "x");
    KeyGenerationRequest wantMore =
        new KeyGenerationRequest(
            want.keyType(),
            want.keyManager(),
            want.grantTypesToBeSupported(),
            want.callbackUrl(),
            want.scopes(),
            want.validityTime(),
            asked);
    Map<String, Object> listed = new LinkedHashMap<>();
    listed.put("ext_application_token_lifetime", 3600L);
    listed.put("ext_user_token_lifetime", 0L);
    listed.put("ext_refresh_token_lifetime", 0L);
    listed.put("ext_id_token_lifetime", 0L);
    listed.put("ext_pkce_mandatory", true);
    listed.put("ext_pkce_support_plain", false);
    listed.put("ext_public_client", false);
    listed.put("regulatory", "true");
    listed.put("sp_certificate", pem.replace("\n", "\\n"));
    List<String> grants = List.of("client_credentials", "authorization_code");
    ApplicationKey k = have(grants, "https://tpp.example/cb", listed);

    assertThat(KeyDrift.changedFields(wantMore, k)).isEmpty();

    listed.put("ext_application_token_lifetime", 7200L);
    assertThat(KeyDrift.changedFields(wantMore, have(grants, "https://tpp.example/cb", listed)))
        .containsExactly("additionalProperties.ext_application_token_lifetime");
  }
}
