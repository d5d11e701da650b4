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
  void anUnknownInstanceHasNoHistory() {
    assertThat(ports().history().events(InstanceId.of("nope"))).isEmpty();
  }
}
