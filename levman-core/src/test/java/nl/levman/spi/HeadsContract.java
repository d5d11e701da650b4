package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Heads} must do: give each instance's last record (sequence and hash) in order
 * of the instance id, page by page, and find its own tables and guards in place on a sound store.
 * An adapter's test extends this class and returns an empty store's ports.
 */
public abstract class HeadsContract {

  /** One store, seen as the instances it commits to and the heads it reads. */
  public record Ports(Instances instances, Heads heads) {}

  protected abstract Ports ports();

  static String hex(String instance, long sequence) {
    return String.format("%064x", (long) instance.hashCode() * 1000 + sequence).replace('-', 'f');
  }

  static void commit(Instances instances, String instance, long after, int events) {
    List<RecordedEvent> rows = new ArrayList<>();
    for (long s = after + 1; s <= after + events; s++) {
      rows.add(new RecordedEvent(InstanceId.of(instance), s, StorePorts.T0.plusMillis(s), "ann", Optional.empty(),
          "step-opened.v1", "{}", s == 1 ? "0".repeat(64) : hex(instance, s - 1), hex(instance, s)));
    }
    assertThat(instances.commit(new InstanceChange(StorePorts.summary(instance, InstanceStatus.RUNNING, after + events),
        after, rows, List.of(), List.of(), List.of(), List.of(), Optional.empty()))).isEqualTo(CommitOutcome.APPLIED);
  }

  static InstanceHead head(String instance, long sequence) {
    return new InstanceHead(InstanceId.of(instance), sequence, hex(instance, sequence));
  }

  @Test
  void eachInstanceHasItsLastRecordAsHeadInOrderOfItsId() {
    Ports p = ports();
    commit(p.instances(), "review-2026", 0, 3);
    commit(p.instances(), "sla-acme", 0, 2);
    commit(p.instances(), "sla-acme", 2, 2);
    assertThat(p.heads().heads(null, 10)).containsExactly(head("review-2026", 3), head("sla-acme", 4));
  }

  @Test
  void headsAreReadPageByPageAfterAnId() {
    Ports p = ports();
    for (String i : List.of("c", "a", "b")) {
      commit(p.instances(), i, 0, 1);
    }
    assertThat(p.heads().heads(null, 2)).containsExactly(head("a", 1), head("b", 1));
    assertThat(p.heads().heads(InstanceId.of("b"), 2)).containsExactly(head("c", 1));
    assertThat(p.heads().heads(InstanceId.of("c"), 2)).isEmpty();
  }

  @Test
  void aSoundEmptyStoreHasNoHeadsAndMissesNothing() {
    Ports p = ports();
    assertThat(p.heads().heads(null, 10)).isEmpty();
    assertThat(p.heads().missingTables()).isEmpty();
    assertThat(p.heads().guardsOff()).isEmpty();
  }
}
