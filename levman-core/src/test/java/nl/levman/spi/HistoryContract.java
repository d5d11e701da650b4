package nl.levman.spi;

import static nl.levman.spi.StorePorts.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import org.junit.jupiter.api.Test;

/** What every {@link History} must do: return rows verbatim and in order, find commands. */
public abstract class HistoryContract {

  protected abstract StorePorts ports();

  @Test
  void returnsEveryRowVerbatimInOrder() {
    StorePorts s = ports();
    InstanceChange first = change("i1", 0, 3).build();
    InstanceChange second = change("i1", 3, 2).build();
    s.instances().commit(first);
    s.instances().commit(second);
    List<RecordedEvent> rows = s.history().events(InstanceId.of("i1"));
    assertThat(rows).containsExactlyElementsOf(
        java.util.stream.Stream.concat(first.events().stream(), second.events().stream()).toList());
  }

  @Test
  void findsTheSequenceRangeACommandProduced() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 3).command("start").build());
    s.instances().commit(change("i1", 3, 4).command("complete").build());
    s.instances().commit(change("i1", 7, 1).command("later").build());
    assertThat(s.history().command(CommandId.of("complete")))
        .contains(new History.CommandRecord(CommandId.of("complete"), InstanceId.of("i1"), 4, 7));
    assertThat(s.history().command(CommandId.of("later")))
        .contains(new History.CommandRecord(CommandId.of("later"), InstanceId.of("i1"), 8, 8));
  }

  @Test
  void readsTheSnapshotOfTheLastChangeWithTheHistorysHead() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 3).snapshot("{\"state\":\"after 3\"}").build());
    InstanceChange second = change("i1", 3, 2).snapshot("{\"state\":\"after 5 – ë\"}").build();
    s.instances().commit(second);
    History.Read read = s.history().read(InstanceId.of("i1"), CommandId.of("unused"));
    RecordedEvent last = second.events().get(1);
    assertThat(read.earlier()).isEmpty();
    assertThat(read.head()).contains(new History.Head(last.sequence(), last.hash()));
    assertThat(read.snapshot()).isEqualTo(second.snapshot());
  }

  @Test
  void readsNoSnapshotAfterAChangeWithoutOneButTheEvents() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 3).snapshot("{}").build());
    InstanceChange second = change("i1", 3, 2).build();
    s.instances().commit(second);
    History.Read read = s.history().read(InstanceId.of("i1"), CommandId.of("unused"));
    assertThat(read.snapshot()).isEmpty();
    assertThat(read.head()).contains(new History.Head(5, second.events().get(1).hash()));
  }

  @Test
  void readsTheEarlierCommandInsteadOfTheInstance() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 3).command("start").snapshot("{}").build());
    History.Read read = s.history().read(InstanceId.of("i2"), CommandId.of("start"));
    assertThat(read.earlier())
        .contains(new History.CommandRecord(CommandId.of("start"), InstanceId.of("i1"), 1, 3));
    assertThat(s.history().read(InstanceId.of("i2"), CommandId.of("other")).head()).isEmpty();
  }

  @Test
  void anUnknownInstanceHasNoHistory() {
    assertThat(ports().history().events(InstanceId.of("nope"))).isEmpty();
  }
}
