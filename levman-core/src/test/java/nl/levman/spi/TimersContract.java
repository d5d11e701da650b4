package nl.levman.spi;

import static nl.levman.spi.StorePorts.change;
import static nl.levman.spi.StorePorts.timer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.levman.model.InstanceId;
import org.junit.jupiter.api.Test;

/** What every {@link Timers} must do: hand due timers to one node per lease, drop cleared ones. */
public abstract class TimersContract {

  protected abstract StorePorts ports();

  /** A second store on the same data (another node); the same object where there is no sharing. */
  protected StorePorts sameDataOtherNode(StorePorts first) {
    return first;
  }

  private static final Instant NOW = Instant.parse("2026-04-15T00:00:00Z");

  private StorePorts withTimers() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 1)
        .set(timer("t-late", "i1", NOW.plusSeconds(60)))
        .set(timer("t-2", "i1", NOW.minusSeconds(10)))
        .set(timer("t-1", "i1", NOW.minusSeconds(20))).build());
    return s;
  }

  @Test
  void claimsOnlyDueTimersEarliestFirst() {
    assertThat(withTimers().timers().claimDue(NOW, 10, "n1", Duration.ofMinutes(5)))
        .extracting(t -> t.id().value()).containsExactly("t-1", "t-2");
  }

  @Test
  void countsTheDueTimersWhetherClaimedOrNot() {
    StorePorts s = withTimers();
    assertThat(s.timers().countDue(NOW)).isEqualTo(2);
    s.timers().claimDue(NOW, 1, "n1", Duration.ofMinutes(5));
    assertThat(s.timers().countDue(NOW)).as("a claimed timer is still due").isEqualTo(2);
    assertThat(s.timers().countDue(NOW.plusSeconds(60))).isEqualTo(3);
    assertThat(s.timers().countDue(NOW.minusSeconds(60))).isZero();
  }

  @Test
  void aClaimedTimerIsNotHandedOutAgainWithinItsLease() {
    StorePorts s = withTimers();
    s.timers().claimDue(NOW, 10, "n1", Duration.ofMinutes(5));
    assertThat(sameDataOtherNode(s).timers().claimDue(NOW.plusSeconds(60), 10, "n2", Duration.ofMinutes(5)))
        .extracting(t -> t.id().value()).containsExactly("t-late");
    assertThat(s.timers().claimDue(NOW.plusSeconds(400), 10, "n2", Duration.ofMinutes(5)))
        .as("after the leases").extracting(t -> t.id().value()).containsExactly("t-1", "t-2", "t-late");
  }

  @Test
  void aClearedTimerIsGone() {
    StorePorts s = withTimers();
    s.instances().commit(change("i1", 1, 1).clear("t-1").build());
    assertThat(s.timers().pending(InstanceId.of("i1"))).extracting(t -> t.id().value())
        .containsExactly("t-2", "t-late");
    assertThat(s.timers().claimDue(NOW, 10, "n1", Duration.ofMinutes(5)))
        .extracting(t -> t.id().value()).containsExactly("t-2");
  }

  @Test
  void concurrentClaimersNeverGetTheSameTimer() throws Exception {
    StorePorts s = ports();
    for (int i = 0; i < 10; i++) {
      var c = change("c" + i, 0, 1);
      for (int t = 0; t < 10; t++) {
        c.set(timer("c" + i + "-t" + t, "c" + i, NOW.minusSeconds(t + 1)));
      }
      s.instances().commit(c.build());
    }
    StorePorts other = sameDataOtherNode(s);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Timer>>> claims = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      StorePorts node = n % 2 == 0 ? s : other;
      String name = "n" + n;
      Callable<List<Timer>> claim = () -> {
        List<Timer> got = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
          got.addAll(node.timers().claimDue(NOW, 7, name, Duration.ofMinutes(5)));
        }
        return got;
      };
      claims.add(pool.submit(claim));
    }
    List<String> all = Collections.synchronizedList(new ArrayList<>());
    for (Future<List<Timer>> f : claims) {
      f.get().forEach(t -> all.add(t.id().value()));
    }
    pool.shutdown();
    // Under load a claimer may skip rows another one holds locked and end its rounds before they
    // are released: those are claimed by the next call, never twice.
    for (List<Timer> more = s.timers().claimDue(NOW, 100, "late", Duration.ofMinutes(5)); !more.isEmpty();
        more = s.timers().claimDue(NOW, 100, "late", Duration.ofMinutes(5))) {
      more.forEach(t -> all.add(t.id().value()));
    }
    assertThat(all).doesNotHaveDuplicates().hasSize(100);
  }
}
