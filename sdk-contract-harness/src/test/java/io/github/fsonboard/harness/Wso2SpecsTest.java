package io.github.fsonboard.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class Wso2SpecsTest {

  @Test
  void missingSpecsSkipWithAMessageSayingWhereAndHow(@TempDir Path empty) {
    assertThatThrownBy(() -> Wso2Specs.assumeAvailable(List.of(empty)))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("-Dfsonboard.specs.dir=");
  }

  @Test
  void systemPropertyComesFirst() {
    String before = System.getProperty(Wso2Specs.PROPERTY);
    try {
      System.setProperty(Wso2Specs.PROPERTY, "/nowhere/specs");
      assertThat(Wso2Specs.candidates().get(0)).isEqualTo(Path.of("/nowhere/specs"));
    } finally {
      if (before == null) {
        System.clearProperty(Wso2Specs.PROPERTY);
      } else {
        System.setProperty(Wso2Specs.PROPERTY, before);
      }
    }
  }
}
