package io.github.fsonboard.core.internal.uri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UriCodecTest {
  private static final String AWKWARD = "a b+c:d/é~*_.-%&=";

  @Test
  void formEncodingIsWhatAFormDecoderExpects() {
    // RFC 6749 §2.3.1 asks for application/x-www-form-urlencoded, which URLEncoder implements.
    assertThat(UriCodec.formEncode(AWKWARD))
        .isEqualTo(URLEncoder.encode(AWKWARD, StandardCharsets.UTF_8));
    String plain = "client-id_1.x";
    assertThat(UriCodec.formEncode(plain)).isSameAs(plain);
  }

  @Test
  void queryEncodingKeepsOnlyUnreservedCharacters() {
    assertThat(UriCodec.encode(AWKWARD)).isEqualTo("a%20b%2Bc%3Ad%2F%C3%A9~%2A_.-%25%26%3D");
  }

  @Test
  void whatIsEncodedParsesBack() {
    String query = "k=" + UriCodec.encode(AWKWARD) + "&f=" + UriCodec.formEncode(AWKWARD);
    assertThat(UriCodec.parseQuery(query, "q"))
        .containsEntry("k", AWKWARD)
        .containsEntry("f", AWKWARD);
  }

  @Test
  void badEscapesAndRepeatsNameTheField() {
    assertThatThrownBy(() -> UriCodec.parseQuery("a=%4", "callback"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("callback")
        .hasMessageContaining("truncated percent-escape");
    assertThatThrownBy(() -> UriCodec.parseQuery("a=1&a=2", "callback"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("parameter 'a' is repeated");
  }

  @Test
  void charactersLeftUnescapedDecodeToThemselvesOutsideTheBasicPlaneToo() {
    // A server link may carry raw UTF-8: a character beyond U+FFFF is two chars in Java.
    String raw = "caf\u00e9-\ud83d\ude00";
    assertThat(UriCodec.decode(raw, "link")).isEqualTo(raw);
    assertThat(UriCodec.decode(UriCodec.encode(raw), "link")).isEqualTo(raw);
  }
}
