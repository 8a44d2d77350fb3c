package io.github.fsonboard.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "Password",
        "client_secret",
        "clientSecret",
        "consumerSecret",
        "access_token",
        "refresh_token",
        "id_token",
        "assertion",
        "client_assertion",
        "code_verifier",
        "token",
        "secret"
      })
  void jsonAndFormFieldsAreMasked(String key) {
    assertThat(Redactor.text("{\"" + key + "\" : \"v\\\"al-1\",\"n\":\"keep\"}"))
        .isEqualTo("{\"" + key + "\" : \"****\",\"n\":\"keep\"}");
    assertThat(Redactor.text("a=1&" + key + "=v%20al&b=2")).isEqualTo("a=1&" + key + "=****&b=2");
    assertThat(Redactor.text(key + "=val")).isEqualTo(key + "=****");
  }

  @Test
  void escapedJsonInsideAStringIsMasked() {
    String in =
        "{\"jsonString\":\"{\\\"client_secret\\\":\\\"abc\\\\\\\\d\\\",\\\"x\\\":\\\"y\\\"}\"}";
    assertThat(Redactor.text(in))
        .doesNotContain("abc")
        .contains("\\\"client_secret\\\":\\\"****\\\"", "\\\"x\\\":\\\"y\\\"");
  }

  @Test
  void nonSecretLookalikesAreKept() {
    assertThat(Redactor.text("{\"tokenEndpoint\":\"https://x/token\",\"secretName\":\"n\"}"))
        .isEqualTo("{\"tokenEndpoint\":\"https://x/token\",\"secretName\":\"n\"}");
    assertThat(Redactor.text("mypassword=x&barcode=1")).isEqualTo("mypassword=x&barcode=1");
  }

  @Test
  void privateKeysAndJwtsAreMasked() {
    String pem =
        "x\n-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\ndef\n-----END RSA PRIVATE KEY-----\ny";
    assertThat(Redactor.text(pem)).isEqualTo("x\n-----BEGIN RSA PRIVATE KEY-----****\ny");
    assertThat(Redactor.text("-----BEGIN PRIVATE KEY-----\nMIIE truncated"))
        .isEqualTo("-----BEGIN PRIVATE KEY-----****");
    assertThat(Redactor.text("Bearer eyJhbGciOi.eyJzdWIiOiJ4In0.c2lnbmF0dXJl done"))
        .isEqualTo("Bearer eyJ**** done");
  }

  @Test
  void urlsKeepPathAndMaskSecretQueryValues() {
    assertThat(Redactor.url("https://h/cb?code=abc&state=s&access_token=t"))
        .isEqualTo("https://h/cb?code=****&state=s&access_token=****");
    assertThat(Redactor.url("https://h/p")).isEqualTo("https://h/p");
  }

  @Test
  void headers() {
    assertThat(Redactor.isSecretHeader("AUTHORIZATION")).isTrue();
    assertThat(Redactor.isSecretHeader("Proxy-Authorization")).isTrue();
    assertThat(Redactor.isSecretHeader("Set-Cookie")).isTrue();
    assertThat(Redactor.isSecretHeader("Content-Type")).isFalse();
    assertThat(Redactor.text(null)).isNull();
  }

  @Test
  void longAndEscapedSecretValuesAreMaskedWithoutOverflowingTheStack() {
    String value = "\\\"".repeat(50_000) + "v".repeat(200_000);
    String out = Redactor.text("{\"assertion\":\"" + value + "\",\"x\":\"y\"}");
    assertThat(out).isEqualTo("{\"assertion\":\"****\",\"x\":\"y\"}");
  }

  @Test
  void duplicatedKeysAreAllMasked() {
    assertThat(Redactor.text("{\"access_token\":\"S1\",\"access_token\":\"S2\"}"))
        .doesNotContain("S1")
        .doesNotContain("S2");
  }

  @Test
  void adversarialRunsStayCheap() {
    // Shapes that make backtracking patterns quadratic or recursive: many starts, no ends.
    String jwtStarts = "eyJ".repeat(200_000);
    String pemStarts = "-----BEGIN RSA PRIVATE KEY\n".repeat(20_000);
    String quotes = "\"".repeat(200_000);
    String escapedQuotes = "\\\"".repeat(100_000);
    for (String s : new String[] {jwtStarts, pemStarts, quotes, escapedQuotes}) {
      assertThat(Redactor.text(s)).hasSize(s.length());
    }
    assertThat(Redactor.text("{\"Authorization\":\"Basic YWRtaW46cHc=\"}"))
        .isEqualTo("{\"Authorization\":\"****\"}");
  }
}
