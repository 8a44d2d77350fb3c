package io.github.fsonboard.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.core.internal.uri.UriCodec;
import org.junit.jupiter.api.Test;

class PathIdsTest {
  @Test
  void aSegmentIsEncodedByTheOneCodec() {
    String id = "tpp app+1:é~*";

    assertThat(PathIds.segment(id, "id")).isEqualTo("tpp%20app%2B1%3A%C3%A9~%2A");
    assertThat(UriCodec.decode(PathIds.segment(id, "id"), "id")).isEqualTo(id);
  }

  @Test
  void anIdThatCouldAddressAnotherPathIsRefusedNamingTheField() {
    assertThatThrownBy(() -> PathIds.segment("..", "client_id"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("client_id"));
  }
}
