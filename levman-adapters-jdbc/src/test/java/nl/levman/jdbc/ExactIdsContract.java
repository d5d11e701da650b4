package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.WorkItemId;
import nl.levman.spi.CommitOutcome;
import nl.levman.spi.History;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.Timer;
import nl.levman.spi.WorkItemQuery;
import org.junit.jupiter.api.Test;

/**
 * Ids are compared byte for byte, as the host wrote them: two ids that differ only in case, in an
 * accent, in Unicode normalisation or in a trailing space are two ids. (A case- or
 * accent-insensitive collation, such as MariaDB's default, would make a second command look like a
 * repeat of the first, or find another instance.)
 */
abstract class ExactIdsContract {

  /** A fresh, empty store with its schema. */
  protected abstract JdbcStore store();

  static final List<List<String>> LOOK_ALIKES = List.of(
      List.of("cmd-X", "Cmd-X"),
      List.of("caf\u00e9", "cafe"),
      List.of("pad", "pad "),
      List.of("caf\u00e9-nfc", "cafe\u0301-nfc"));

  @Test
  void commandIdsThatDifferOnlyInCaseAccentNormalisationOrTrailingSpaceAreDistinct() {
    JdbcStore store = store();
    for (int i = 0; i < LOOK_ALIKES.size(); i++) {
      String first = LOOK_ALIKES.get(i).get(0);
      String second = LOOK_ALIKES.get(i).get(1);
      assertThat(store.commit(Changes.start("a" + i, first).fingerprint("f-a" + i).message(first).build()))
          .isEqualTo(CommitOutcome.APPLIED);
      assertThat(store.commit(Changes.start("b" + i, second).fingerprint("f-b" + i).message(second).build()))
          .as("'%s' after '%s'", second, first).isEqualTo(CommitOutcome.APPLIED);
      assertThat(store.command(CommandId.of(first)).map(History.CommandRecord::instance))
          .contains(InstanceId.of("a" + i));
      assertThat(store.command(CommandId.of(second)).map(History.CommandRecord::instance))
          .contains(InstanceId.of("b" + i));
      assertThat(store.command(CommandId.of(first)).flatMap(History.CommandRecord::fingerprint))
          .contains("f-a" + i);
      assertThat(store.command(CommandId.of(second)).flatMap(History.CommandRecord::fingerprint))
          .contains("f-b" + i);
    }
  }

  @Test
  void aRepeatedCommandIdIsStillRecognisedExactly() {
    JdbcStore store = store();
    store.commit(Changes.start("a", "cmd-\uD83D\uDE00").build());
    assertThat(store.commit(Changes.start("b", "cmd-\uD83D\uDE00").build()))
        .isEqualTo(CommitOutcome.DUPLICATE_COMMAND);
    assertThat(store.events(InstanceId.of("a")).get(0).command()).contains(CommandId.of("cmd-\uD83D\uDE00"));
  }

  @Test
  void anInstanceIsFoundOnlyByItsIdAsWritten() {
    JdbcStore store = store();
    store.commit(Changes.start("one-x", "c1").build());
    assertThat(store.find(InstanceId.of("ONE-x"))).isEmpty();
    assertThat(store.find(InstanceId.of("one-x "))).isEmpty();
    assertThat(store.events(InstanceId.of("ONE-x"))).isEmpty();
    assertThat(store.pending(InstanceId.of("ONE-x"))).isEmpty();

    assertThat(store.commit(Changes.start("ONE-x", "c2").build()))
        .as("a new instance, not a conflict with one-x").isEqualTo(CommitOutcome.APPLIED);
    assertThat(store.find(InstanceId.of("ONE-x")).map(InstanceSummary::id)).contains(InstanceId.of("ONE-x"));
    assertThat(store.find(InstanceId.of("one-x")).map(InstanceSummary::id)).contains(InstanceId.of("one-x"));
    assertThat(store.list(null, 10)).extracting(s -> s.id().value()).containsExactlyInAnyOrder("one-x", "ONE-x");
  }

  @Test
  void workItemsAndTimersWhoseIdsDifferOnlyInCaseAreDistinct() {
    JdbcStore store = store();
    Instant due = Instant.parse("2026-04-01T00:00:00Z");
    store.commit(Changes.start("i", "c1").events(1, "{}").open("w-a", "acme").open("W-A", "acme")
        .set("t-a", due).set("T-A", due).build());
    assertThat(store.find(WorkItemQuery.all(10))).extracting(w -> w.id().value())
        .containsExactlyInAnyOrder("w-a", "W-A");

    assertThat(store.commit(Changes.after(store.events(InstanceId.of("i")).get(0), "c2")
        .close("W-A").clear("T-A").build())).isEqualTo(CommitOutcome.APPLIED);
    assertThat(store.find(WorkItemQuery.all(10))).extracting(StoredWorkItem::id)
        .containsExactly(WorkItemId.of("w-a"));
    assertThat(store.pending(InstanceId.of("i"))).extracting(t -> t.id().value()).containsExactly("t-a");
  }

  @Test
  void theWorkListFiltersBySupplierAsWritten() {
    JdbcStore store = store();
    store.commit(Changes.start("i", "c1").events(1, "{}").open("w1", "acme").open("w2", "ACME")
        .open("w3", "acme ").open("w4", "\u00e4cme").build());
    for (String supplier : List.of("acme", "ACME", "acme ", "\u00e4cme")) {
      assertThat(store.find(WorkItemQuery.all(10).withSupplier(supplier)))
          .extracting(w -> w.supplier().orElseThrow()).as(supplier).containsExactly(supplier);
    }
    assertThat(store.pending(InstanceId.of("i"))).extracting(Timer::id).isEmpty();
  }
}
