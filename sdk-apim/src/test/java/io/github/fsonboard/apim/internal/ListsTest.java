package io.github.fsonboard.apim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListsTest {
  @Test
  void nullStaysNullSoMoshiOmitsTheField() {
    assertThat(Lists.copy((List<String>) null)).isNull();
    assertThat(Lists.copy((Map<String, String>) null)).isNull();
  }

  @Test
  void copiesAreDetachedAndUnmodifiableAndKeepNulls() {
    List<String> source = new ArrayList<>(Arrays.asList("a", null, "b"));
    List<String> copy = Lists.copy(source);
    source.add("c");
    assertThat(copy).containsExactly("a", null, "b");
    assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);

    Map<String, String> map = new LinkedHashMap<>();
    map.put("z", "1");
    map.put("a", null);
    Map<String, String> mapCopy = Lists.copy(map);
    map.put("m", "2");
    assertThat(mapCopy.keySet()).containsExactly("z", "a");
    assertThat(mapCopy).containsEntry("z", "1").containsEntry("a", null);
    assertThatThrownBy(() -> mapCopy.put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyCopiesAreUnmodifiableAndTolerateNullLookups() {
    List<String> list = Lists.copy(new ArrayList<String>());
    Map<String, String> map = Lists.copy(new LinkedHashMap<String, String>());
    assertThat(list).isEmpty();
    assertThat(map).isEmpty();
    assertThat(map.get(null)).isNull();
    assertThat(list.contains(null)).isFalse();
    assertThatThrownBy(() -> list.add("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
  }
}
