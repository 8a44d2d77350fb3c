package io.github.fsonboard.core.internal.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fsonboard.core.error.Validation;
import io.github.fsonboard.core.error.Violation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementsTest {
  @Test
  void ofKeepsNullElementsAndCopiesTheArray() {
    String[] given = {"a", null, "c"};
    List<String> kept = Elements.of(given);
    given[0] = "changed";
    assertThat(kept).containsExactly("a", null, "c");
  }

  @Test
  void aNullArrayLeavesTheSettingUnset() {
    assertThat(Elements.of((String[]) null)).isNull();
  }

  @Test
  void everyNullElementIsNamedInOneProblem() {
    Validation v = new Validation();
    Elements.requireNoNull(v, "grant_types", Arrays.asList(null, "x", null));
    assertThat(v.violations())
        .containsExactly(new Violation("grant_types", "must not contain null (index 0, 2)"));
  }

  @Test
  void aListWithoutNullOrNoListIsNoProblem() {
    Validation v = new Validation();
    Elements.requireNoNull(v, "scopes", List.of("a"));
    Elements.requireNoNull(v, "scopes", null);
    assertThat(v.isValid()).isTrue();
  }

  @Test
  void aValueTypeGoesOnWithTheElementsThatAreNotNull() {
    assertThat(Elements.copyOfNonNull(Arrays.asList("a", null, "b"))).containsExactly("a", "b");
    assertThat(Elements.copyOfNonNull(null)).isEmpty();
  }

  @Test
  void anAddingSetterGivenNoCollectionAddsOneNullToBeNamed() {
    List<String> target = new java.util.ArrayList<>(List.of("a"));
    Elements.addAll(target, Elements.of("b", null));
    Elements.addAll(target, null);
    assertThat(target).containsExactly("a", "b", null, null);
  }
}
