package io.github.fsonboard.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import io.github.fsonboard.core.internal.http.MoshiFactory;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonNumbersTest {

  @Test
  void integralLiteralsAreLongsExactlyEvenBeyondTwoToThe53() {
    assertThat(JsonNumbers.parse("3600")).isEqualTo(3600L);
    assertThat(JsonNumbers.parse("-42")).isEqualTo(-42L);
    assertThat(JsonNumbers.parse("9007199254740993")).isEqualTo(9007199254740993L);
    assertThat(JsonNumbers.parse(Long.toString(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void integralValuedDoublesBecomeLongsUpToTwoToThe53() {
    assertThat(JsonNumbers.normalize(3600.0)).isEqualTo(3600L);
    assertThat(JsonNumbers.normalize(-3600.0)).isEqualTo(-3600L);
    assertThat(JsonNumbers.normalize(1e15)).isEqualTo(1_000_000_000_000_000L);
    assertThat(JsonNumbers.normalize(9007199254740992d)).isEqualTo(9007199254740992L);
    assertThat(JsonNumbers.parse("1e15")).isEqualTo(1_000_000_000_000_000L);
    assertThat(JsonNumbers.parse("3600.0")).isEqualTo(3600L);
    assertThat(JsonNumbers.normalize(-0.0)).isEqualTo(0L);
  }

  @Test
  void beyondTwoToThe53ADoubleIsNoLongerAnExactIntegerAndStaysADouble() {
    assertThat(JsonNumbers.normalize(18014398509481984d)).isEqualTo(18014398509481984d);
    assertThat(JsonNumbers.parse("1e20")).isEqualTo(1e20);
    assertThat(JsonNumbers.text(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void fractionsStayFractionsAndNeverPrintWithAnExponent() {
    assertThat(JsonNumbers.parse("1.5")).isEqualTo(1.5);
    assertThat(JsonNumbers.normalize(-0.25)).isEqualTo(-0.25);
    assertThat(JsonNumbers.text(1.5)).isEqualTo("1.5");
    assertThat(JsonNumbers.text(1e-7)).isEqualTo("0.0000001");
    assertThat(JsonNumbers.text(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void textIsIntegralForIntegralValues() {
    assertThat(JsonNumbers.text(3600.0)).isEqualTo("3600");
    assertThat(JsonNumbers.text(1.796291314E9)).isEqualTo("1796291314");
    assertThat(JsonNumbers.text(7)).isEqualTo("7");
    assertThat(JsonNumbers.text("N/A")).isEqualTo("N/A");
    assertThat(JsonNumbers.text(true)).isEqualTo("true");
    assertThat(JsonNumbers.text(null)).isNull();
  }

  @Test
  void asLongReadsIntegralNumbersAndNumericStringsOnly() {
    assertThat(JsonNumbers.asLong(3600.0)).isEqualTo(3600L);
    assertThat(JsonNumbers.asLong(" 3600 ")).isEqualTo(3600L);
    assertThat(JsonNumbers.asLong(1.5)).isNull();
    assertThat(JsonNumbers.asLong("3600.0")).isNull();
    assertThat(JsonNumbers.asLong("N/A")).isNull();
    assertThat(JsonNumbers.asLong(null)).isNull();
  }

  @Test
  void nestedValuesFollowTheRule() {
    Object v = JsonNumbers.normalize(Map.of("a", List.of(1.0, 2.5), "b", Map.of("c", 3.0)));
    assertThat(v).isEqualTo(Map.of("a", List.of(1L, 2.5), "b", Map.of("c", 3L)));
  }

  @Test
  void notANumberIsRefused() {
    assertThatThrownBy(() -> JsonNumbers.parse("twelve")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void theSdksMoshiDecodesUntypedNumbersUnderTheRule() throws IOException {
    Map<String, Object> m =
        MoshiFactory.moshi()
            .<Map<String, Object>>adapter(
                Types.newParameterizedType(Map.class, String.class, Object.class))
            .fromJson(
                "{\"client_id_issued_at\":1796291314,\"ext_refresh_token_lifetime\":86400,"
                    + "\"ratio\":0.5,\"big\":9007199254740993,\"list\":[1,2.0],"
                    + "\"nested\":{\"n\":3}}");

    assertThat(m.get("client_id_issued_at")).isEqualTo(1796291314L);
    assertThat(m.get("ext_refresh_token_lifetime")).isEqualTo(86400L);
    assertThat(m.get("ratio")).isEqualTo(0.5);
    assertThat(m.get("big")).isEqualTo(9007199254740993L);
    assertThat(m.get("list")).isEqualTo(List.of(1L, 2L));
    assertThat(m.get("nested")).isEqualTo(Map.of("n", 3L));
    assertThat(MoshiFactory.moshi().adapter(Object.class).toJson(m))
        .contains("\"client_id_issued_at\":1796291314")
        .contains("\"ext_refresh_token_lifetime\":86400,");
  }
}
