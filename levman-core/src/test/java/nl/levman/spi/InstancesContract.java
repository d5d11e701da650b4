package nl.levman.spi;

import static nl.levman.spi.StorePorts.change;
import static nl.levman.spi.StorePorts.item;
import static nl.levman.spi.StorePorts.timer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import org.junit.jupiter.api.Test;

/** What every {@link Instances} must do: atomic commits, optimistic locking, commands once. */
public abstract class InstancesContract {

  /** A fresh, empty store. */
  protected abstract StorePorts ports();

  private static final Instant DUE = Instant.parse("2026-04-11T00:00:00Z");

  @Test
  void appliesACompleteChange() {
    StorePorts s = ports();
    assertThat(s.instances().commit(change("i1", 0, 2)
        .open(item("i1.2", "i1", "SLM", "acme", Optional.empty(), Optional.of(DUE), StorePorts.T0))
        .set(timer("t1", "i1", DUE)).build())).isEqualTo(CommitOutcome.APPLIED);
    assertThat(s.history().events(InstanceId.of("i1"))).hasSize(2);
    assertThat(s.workList().find(WorkItemQuery.all(10))).hasSize(1);
    assertThat(s.timers().pending(InstanceId.of("i1"))).hasSize(1);
    assertThat(s.instances().find(InstanceId.of("i1")).orElseThrow().status()).isEqualTo(InstanceStatus.RUNNING);
  }

  @Test
  void refusesAStaleChangeAndAppliesNothingOfIt() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 2).build());
    s.instances().commit(change("i1", 2, 1).build());
    CommitOutcome stale = s.instances().commit(change("i1", 2, 3).command("stale")
        .open(item("x", "i1", "SLM", "acme", Optional.empty(), Optional.empty(), StorePorts.T0))
        .set(timer("t9", "i1", DUE)).build());
    assertThat(stale).isEqualTo(CommitOutcome.CONFLICT);
    assertThat(s.history().events(InstanceId.of("i1"))).hasSize(3);
    assertThat(s.workList().find(WorkItemQuery.all(10))).isEmpty();
    assertThat(s.timers().pending(InstanceId.of("i1"))).isEmpty();
  }

  @Test
  void refusesASecondNewInstanceWithTheSameId() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 1).build());
    assertThat(s.instances().commit(change("i1", 0, 1).command("other").build()))
        .isEqualTo(CommitOutcome.CONFLICT);
  }

  @Test
  void acceptsACommandIdOnlyOnceAcrossInstances() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 1).command("same").build());
    assertThat(s.instances().commit(change("i2", 0, 1).command("same")
        .open(item("y", "i2", "SLM", "acme", Optional.empty(), Optional.empty(), StorePorts.T0)).build()))
        .isEqualTo(CommitOutcome.DUPLICATE_COMMAND);
    assertThat(s.instances().find(InstanceId.of("i2"))).isEmpty();
    assertThat(s.history().events(InstanceId.of("i2"))).isEmpty();
    assertThat(s.workList().find(WorkItemQuery.all(10))).isEmpty();
  }

  @Test
  void bindsACommandIdToTheFingerprintItWasRecordedWith() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 2).command("bound").fingerprint("f".repeat(64)).build());
    s.instances().commit(change("i1", 2, 1).command("unbound").build());
    assertThat(s.history().command(CommandId.of("bound")).orElseThrow().fingerprint())
        .contains("f".repeat(64));
    assertThat(s.history().command(CommandId.of("unbound")).orElseThrow().fingerprint()).isEmpty();
  }

  @Test
  void recordsStatusChanges() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 1).build());
    s.instances().commit(change("i1", 1, 1).completed().build());
    assertThat(s.instances().find(InstanceId.of("i1")).orElseThrow().status())
        .isEqualTo(InstanceStatus.COMPLETED);
    assertThat(s.instances().find(InstanceId.of("i1")).orElseThrow().lastSequence()).isEqualTo(2);
  }

  @Test
  void listsInstancesByIdInPages() {
    StorePorts s = ports();
    for (String id : new String[] {"c", "a", "e", "b", "d"}) {
      s.instances().commit(change(id, 0, 1).build());
    }
    assertThat(s.instances().list(null, 2)).extracting(i -> i.id().value()).containsExactly("a", "b");
    assertThat(s.instances().list(InstanceId.of("b"), 2)).extracting(i -> i.id().value()).containsExactly("c", "d");
    assertThat(s.instances().list(InstanceId.of("e"), 2)).isEmpty();
    assertThat(s.instances().find(InstanceId.of("zz"))).isEmpty();
    assertThat(s.history().command(CommandId.of("none"))).isEmpty();
  }
}
