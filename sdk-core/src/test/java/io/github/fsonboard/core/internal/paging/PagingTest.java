package io.github.fsonboard.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.paging.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

  /** Ten items served three at a time by offset, recording each position asked for. */
  private final List<String> asked = new ArrayList<>();

  private Page<Integer> tenByThrees(String position) {
    asked.add(position);
    int offset = Paging.position(position, 0);
    List<Integer> items = IntStream.range(offset, Math.min(offset + 3, 10)).boxed().toList();
    return Paging.offsetPage(items, 10, offset, 3, false);
  }

  @Test
  void aLazyStreamFetchesOnlyThePagesItReaches() {
    List<Integer> firstFour = Paging.stream("numbers", this::tenByThrees).limit(4).toList();

    assertThat(firstFour).containsExactly(0, 1, 2, 3);
    assertThat(asked).containsExactly(null, "3");
  }

  @Test
  void aFullWalkReadsEveryPageOnce() {
    assertThat(Paging.stream("numbers", this::tenByThrees)).hasSize(10);
    assertThat(asked).containsExactly(null, "3", "6", "9");
  }

  @Test
  void nothingIsFetchedUntilTheStreamIsConsumed() {
    Paging.stream("numbers", this::tenByThrees);
    assertThat(asked).isEmpty();
  }

  @Test
  void aCursorThatDoesNotMoveStopsTheWalk() {
    assertThatThrownBy(
            () ->
                Paging.stream("API resources", c -> new Page<>(List.of("r"), null, "same", null))
                    .toList())
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("API resources")
        .hasMessageContaining("does not advance");
  }

  @Test
  void pagingThatNeverEndsStopsAtTheCeiling() {
    List<String> positions = new ArrayList<>();
    assertThatThrownBy(
            () ->
                Paging.stream(
                        "applications",
                        p -> {
                          positions.add(p);
                          int offset = Paging.position(p, 0);
                          return Paging.offsetPage(List.of("a"), null, offset, 1, true);
                        })
                    .toList())
        .isInstanceOf(FsOnboardException.class)
        .hasMessageContaining("paging does not end");
    assertThat(positions).hasSize(PageGuard.MAX_PAGES);
  }

  @Test
  void anOffsetPageAdvancesFromTheOffsetAskedForAndKnowsItsNeighbours() {
    Page<String> page = Paging.offsetPage(List.of("a", "b"), 7, 2, 2, false);

    assertThat(page.next()).isEqualTo("4");
    assertThat(page.previous()).isEqualTo("0");
    assertThat(page.total()).isEqualTo(7);
    assertThat(Paging.offsetPage(List.of("a"), 3, 2, 2, false).hasNext()).isFalse();
    assertThat(Paging.offsetPage(List.of("a"), null, null, null, true).next()).isEqualTo("1");
    assertThat(Paging.offsetPage(List.of(), null, 0, 5, true).hasNext()).isFalse();
  }

  @Test
  void aScimPageFollowsTheServersStartIndex() {
    Page<String> page = Paging.indexPage(List.of("a", "b"), 5, 3, 2);

    assertThat(page.next()).isEqualTo("5");
    assertThat(page.previous()).isEqualTo("1");
    assertThat(Paging.indexPage(List.of("e"), 5, 5, 2).hasNext()).isFalse();
    assertThat(Paging.indexPage(List.of(), 5, 1, 2).hasNext()).isFalse();
  }

  @Test
  void nullItemsAServerSentAreLeftOut() {
    assertThat(Paging.offsetPage(Arrays.asList("a", null, "b"), null, 0, 3, false).items())
        .containsExactly("a", "b");
  }
}
