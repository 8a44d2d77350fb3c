package io.github.fsonboard.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesEscapesNullsNumbersAndKeepsOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", "quote\" backslash\\ newline\n tab\t ctrl\u0001 unicode é");
    m.put("a", null);
    m.put("n", 3L);
    m.put("d", 2.0);
    m.put("f", 2.5);
    m.put("b", true);
    m.put("l", Arrays.asList(1L, "x", null));
    String text = Json.write(m);
    assertThat(text)
        .isEqualTo(
            "{\"z\":\"quote\\\" backslash\\\\ newline\\n tab\\t ctrl\\u0001 unicode é\","
                + "\"a\":null,\"n\":3,\"d\":2,\"f\":2.5,\"b\":true,\"l\":[1,\"x\",null]}");
    Map<String, Object> back = Json.parseObject(text);
    assertThat(back.get("z")).isEqualTo(m.get("z"));
    assertThat(back.get("l")).isEqualTo(Arrays.asList(1L, "x", null));
  }

  @Test
  void rejectsNonObjects() {
    assertThatThrownBy(() -> Json.parseObject("[1]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parseObject("{")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutNullsDropsNullMembersRecursively() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("keep", 1L);
    inner.put("drop", null);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("inner", inner);
    outer.put("token", null);
    assertThat(Json.write(Fields.withoutNulls(outer))).isEqualTo("{\"inner\":{\"keep\":1}}");
  }
}
