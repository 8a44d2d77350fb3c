package io.github.fsonboard.apim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.apim.TestCertificates;
import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Rendering key properties the way FS validates them (wso2-contracts §9). */
class KeyPropertiesTest {

  @Test
  void rendersWhatTheServerListedAsTheStringsFsParses() {
    Map<String, Object> listed = new LinkedHashMap<>();
    listed.put("ext_application_token_lifetime", 3600L);
    listed.put("ext_user_token_lifetime", 3600.0); // a double-decoding reader's view
    listed.put("ext_id_token_lifetime", 0L);
    listed.put("ext_pkce_mandatory", true);
    listed.put("ext_public_client", false);
    listed.put("regulatory", "true");
    listed.put("nullValue", null);
    listed.put("nested", List.of(1L));

    Map<String, Object> sent = KeyProperties.render(listed);

    assertThat(sent)
        .containsExactly(
            Map.entry("ext_application_token_lifetime", "3600"),
            Map.entry("ext_user_token_lifetime", "3600"),
            Map.entry("ext_id_token_lifetime", "0"),
            Map.entry("ext_pkce_mandatory", "true"),
            Map.entry("ext_public_client", "false"),
            Map.entry("regulatory", "true"),
            Map.entry("nested", List.of(1L)));
    assertThat(KeyProperties.render(null)).isNull();
  }

  @Test
  void sendsOneCanonicalPemWhateverFormTheCertificateCameIn() {
    String pem = TestCertificates.validPem();
    String canonical = KeyProperties.canonicalCertificate(pem);
    String bare =
        pem.replace("-----BEGIN CERTIFICATE-----", "")
            .replace("-----END CERTIFICATE-----", "")
            .replaceAll("\\s", "");
    String escaped = pem.replace("\n", "\\n");

    assertThat(canonical)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(KeyProperties.canonicalCertificate(bare)).isEqualTo(canonical);
    assertThat(KeyProperties.canonicalCertificate(escaped)).isEqualTo(canonical);
    assertThat(KeyProperties.render(Map.of("sp_certificate", bare)))
        .containsEntry("sp_certificate", canonical);
    assertThat(KeyProperties.canonicalCertificate("not a certificate"))
        .isEqualTo("not a certificate");
  }

  @Test
  void flagsMustBeExactlyTrueOrFalse() {
    Validation v = new Validation();
    KeyProperties.checkFlags(
        v,
        Map.of(
            "ext_pkce_mandatory", "TRUE",
            "ext_public_client", "yes",
            "ext_pkce_support_plain", "N/A"));

    Assertions.assertThatThrownBy(v::throwIfInvalid)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("additionalProperties.ext_pkce_mandatory")
        .hasMessageContaining("additionalProperties.ext_public_client")
        .hasMessageNotContaining("ext_pkce_support_plain");
  }

  @Test
  void unsetLifetimesAreZeroOnTheServer() {
    assertThat(KeyProperties.same("ext_id_token_lifetime", "N/A", 0L)).isTrue();
    assertThat(KeyProperties.same("ext_id_token_lifetime", "N/A", null)).isTrue();
    assertThat(KeyProperties.same("ext_id_token_lifetime", "3600", 3600L)).isTrue();
    assertThat(KeyProperties.same("ext_id_token_lifetime", "3600", 0L)).isFalse();
    assertThat(KeyProperties.same("ext_pkce_mandatory", "true", true)).isTrue();
    assertThat(KeyProperties.same("regulatory", "true", null)).isFalse();
  }
}
