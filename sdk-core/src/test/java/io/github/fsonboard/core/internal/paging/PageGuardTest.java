package io.github.fsonboard.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.FsOnboardException;
import org.junit.jupiter.api.Test;

class PageGuardTest {

  @Test
  void aPositionThatDoesNotMoveStopsTheWalk() {
    PageGuard guard = new PageGuard("roles");
    guard.next(11, 10);
    assertThatThrownBy(() -> guard.next(11, 10))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("roles")
        .hasMessageContaining("does not advance");
  }

  @Test
  void theWalkStopsAtThePageCeiling() {
    PageGuard guard = new PageGuard("applications");
    for (int page = 1; page < PageGuard.MAX_PAGES; page++) {
      guard.next(page, 1);
    }
    assertThatThrownBy(() -> guard.next(PageGuard.MAX_PAGES, 1))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("after " + PageGuard.MAX_PAGES + " pages");
  }

  @Test
  void theWalkStopsAtTheItemCeiling() {
    PageGuard guard = new PageGuard("users");
    guard.next("cursor-1", 60_000);
    assertThatThrownBy(() -> guard.next("cursor-2", 60_000))
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("120000 items");
  }

  @Test
  void anAdvancingWalkBelowTheCeilingsGoesOn() {
    PageGuard guard = new PageGuard("apis");
    for (int offset = 100; offset <= 10_000; offset += 100) {
      guard.next(offset, 100);
    }
    assertThat(PageGuard.MAX_ITEMS).isGreaterThan(10_000);
  }
}
