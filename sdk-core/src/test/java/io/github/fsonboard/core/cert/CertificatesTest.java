package io.github.fsonboard.core.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.harness.TestPki;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CertificatesTest {
  private static final TestPki.Issued ROOT = TestPki.spec("Root").ca().issue();
  private static final TestPki.Issued LEAF = TestPki.spec("Leaf").issuer(ROOT).issue();

  private static String body(X509Certificate c) throws Exception {
    return Base64.getEncoder().encodeToString(c.getEncoded());
  }

  @Test
  void parsesPemChainsWithCrlfAndExtraBlocksInOrder() {
    String text =
        "junk before\r\n"
            + LEAF.certificatePem().replace("\n", "\r\n")
            + "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
            + "  "
            + ROOT.certificatePem();
    List<X509Certificate> certs = Certificates.parse(text);
    assertThat(certs).containsExactly(LEAF.certificate(), ROOT.certificate());
  }

  @Test
  void parsesBareBase64AsWso2StoresItWithWhitespaceOrEscapedNewlines() throws Exception {
    String b64 = body(LEAF.certificate());
    assertThat(Certificates.parseOne(b64)).isEqualTo(LEAF.certificate());
    String wrapped =
        b64.substring(0, 10) + "\n  " + b64.substring(10, 50) + "\t" + b64.substring(50);
    assertThat(Certificates.parseOne(wrapped)).isEqualTo(LEAF.certificate());
    String escaped = LEAF.certificatePem().replace("\n", "\\n");
    assertThat(Certificates.parseOne(escaped)).isEqualTo(LEAF.certificate());
  }

  @Test
  void parsesUrlEncodedPemAsSentInTheWso2MutualAuthHeader() {
    String encoded = URLEncoder.encode(LEAF.certificatePem(), StandardCharsets.UTF_8);
    assertThat(Certificates.parseOne(encoded)).isEqualTo(LEAF.certificate());
  }

  @Test
  void parsesDerAndPemBytes() throws Exception {
    assertThat(Certificates.parse(LEAF.certificate().getEncoded()))
        .containsExactly(LEAF.certificate());
    assertThat(Certificates.parse(LEAF.certificatePem().getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(LEAF.certificate());
  }

  @Test
  void parsesX5c() throws Exception {
    assertThat(Certificates.fromX5c(List.of(body(LEAF.certificate()), body(ROOT.certificate()))))
        .containsExactly(LEAF.certificate(), ROOT.certificate());
    assertThatThrownBy(() -> Certificates.fromX5c(List.of(body(LEAF.certificate()), "!!")))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("x5c[1]");
    assertThatThrownBy(() -> Certificates.fromX5c(List.of()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesPrivateKeysGarbageTruncatedAndEmptyInput() throws Exception {
    byte[] der = LEAF.certificate().getEncoded();
    for (Object bad :
        new Object[] {
          null,
          "",
          "   ",
          "-----BEGIN CERTIFICATE-----\nAAAA",
          "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" + LEAF.certificatePem(),
          "not a certificate at all",
          "-----BEGIN CERTIFICATE-----\n\n-----END CERTIFICATE-----",
          Arrays.copyOf(der, der.length / 2),
          new byte[] {0x30},
          new byte[0],
          "%ZZ%2",
        }) {
      assertThatThrownBy(
              () -> {
                if (bad instanceof byte[] b) {
                  Certificates.parse(b);
                } else {
                  Certificates.parse((String) bad);
                }
              })
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).field())
          .isEqualTo("certificate");
    }
    assertThatThrownBy(() -> Certificates.parseOne(LEAF.certificatePem() + ROOT.certificatePem()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("2 certificates");
  }

  @Test
  void thumbprintsInStandardAndWso2HexForm() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(LEAF.certificate().getEncoded());
    String std = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    String hex =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
    assertThat(Certificates.x5tS256(LEAF.certificate())).isEqualTo(std).hasSize(43);
    assertThat(Certificates.x5tS256Hex(LEAF.certificate())).isEqualTo(hex).hasSize(86);
  }

  @Test
  void fuzzedAndMutatedInputsOnlyEverThrowValidationException() throws Exception {
    Random random = new Random(20261126L);
    byte[] der = LEAF.certificate().getEncoded();
    String pem = LEAF.certificatePem();
    for (int i = 0; i < 2000; i++) {
      byte[] mutated = der.clone();
      int flips = 1 + random.nextInt(8);
      for (int f = 0; f < flips; f++) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean()) {
        mutated = Arrays.copyOf(mutated, random.nextInt(mutated.length + 1));
      }
      parseQuietly(mutated);
      char[] chars = pem.toCharArray();
      chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
      parseQuietly(new String(chars));
      byte[] noise = new byte[random.nextInt(300)];
      random.nextBytes(noise);
      parseQuietly(noise);
    }
  }

  private static void parseQuietly(Object input) {
    try {
      List<X509Certificate> certs =
          input instanceof byte[] b ? Certificates.parse(b) : Certificates.parse((String) input);
      assertThat(certs).isNotEmpty();
    } catch (ValidationException expected) {
      assertThat(expected.field()).isEqualTo("certificate");
    }
  }
}
