package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.levman.api.Verification;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.Scope;
import nl.levman.spi.History;
import nl.levman.spi.RecordedEvent;
import org.junit.jupiter.api.Test;

/** The history is a hash chain: any change, gap or reordering is found and named. */
class HistoryVerificationTest {
  private UnaryOperator<List<RecordedEvent>> tamper = rows -> rows;

  private Desk desk() {
    Desk desk = new Desk(b -> {}, TestProcess.definition());
    Desk tampered = new Desk(b -> b.instances(desk.store, new History() {
      @Override
      public List<RecordedEvent> events(InstanceId id) {
        return tamper.apply(new ArrayList<>(desk.store.events(id)));
      }

      @Override
      public Optional<CommandRecord> command(CommandId id) {
        return desk.store.command(id);
      }
    }, desk.store, desk.store), TestProcess.definition());
    tampered.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"));
    tampered.start("i", TestProcess.KEY, "cora", Desk.context("acme", "svc",
        java.util.Map.of("short", true), Optional.of(Desk.term(java.time.LocalDate.of(2026, 1, 1), 12))));
    tampered.complete("i", 1, "cora");
    tampered.complete("i", 2, "cora");
    tampered.complete("i", 3, "otto");
    return tampered;
  }

  @Test
  void anUntouchedHistoryVerifies() {
    Verification v = desk().engine.verify(InstanceId.of("i"));
    assertThat(v.isIntact()).isTrue();
    assertThat(v.records()).isGreaterThan(8);
  }

  @Test
  void aChangedRecordIsFoundAndNamed() {
    Desk desk = desk();
    tamper = rows -> {
      RecordedEvent r = rows.get(3);
      rows.set(3, new RecordedEvent(r.instance(), r.sequence(), r.at(), "mallory", r.command(),
          r.type(), r.payload(), r.previousHash(), r.hash()));
      return rows;
    };
    Verification v = desk.engine.verify(InstanceId.of("i"));
    assertThat(v.brokenAt()).contains(4L);
    assertThat(v.problem().orElseThrow()).contains("record 4", "changed");
  }

  @Test
  void aChangedRecordWithARecomputedHashBreaksTheNextLink() {
    Desk desk = desk();
    tamper = rows -> {
      RecordedEvent r = rows.get(3);
      RecordedEvent forged = new RecordedEvent(r.instance(), r.sequence(), r.at(), "mallory",
          r.command(), r.type(), r.payload(), r.previousHash(), "x");
      rows.set(3, new RecordedEvent(r.instance(), r.sequence(), r.at(), "mallory", r.command(),
          r.type(), r.payload(), r.previousHash(), HashChain.hash(forged)));
      return rows;
    };
    Verification v = desk.engine.verify(InstanceId.of("i"));
    assertThat(v.brokenAt()).contains(5L);
  }

  @Test
  void aMissingRecordIsFound() {
    Desk desk = desk();
    tamper = rows -> {
      rows.remove(2);
      return rows;
    };
    assertThat(desk.engine.verify(InstanceId.of("i")).problem().orElseThrow())
        .contains("record 3 is missing or out of order");
  }

  @Test
  void reorderedRecordsAreFound() {
    Desk desk = desk();
    tamper = rows -> {
      Collections.swap(rows, 4, 5);
      return rows;
    };
    assertThat(desk.engine.verify(InstanceId.of("i")).brokenAt()).contains(5L);
  }
}
