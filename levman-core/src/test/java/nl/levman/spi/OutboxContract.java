package nl.levman.spi;

import static nl.levman.spi.StorePorts.change;
import static nl.levman.spi.StorePorts.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} must do: keep the messages a change records, atomically with it; hand
 * a due message to one node per lease; forget a delivered one; retry a failed one at its time with
 * its attempts counted; and say what waits.
 */
public abstract class OutboxContract {

  protected abstract StorePorts ports();

  /** A second store on the same data (another node); the same object where there is no sharing. */
  protected StorePorts sameDataOtherNode(StorePorts first) {
    return first;
  }

  private static final Instant NOW = StorePorts.T0;
  private static final Duration LEASE = Duration.ofMinutes(1);

  private StorePorts withMessages() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 2)
        .message(message("i1/2/000", "i1", 1, NOW))
        .message(message("i1/2/001", "i1", 2, NOW.plusSeconds(60))).build());
    return s;
  }

  @Test
  void keepsTheMessagesOfAChangeVerbatimAndHandsOutOnlyTheDueOnes() {
    StorePorts s = withMessages();
    List<OutboxMessage> due = s.outbox().claim(NOW, 10, "n1", LEASE);
    assertThat(due).containsExactly(message("i1/2/000", "i1", 1, NOW));
    assertThat(s.outbox().backlog(NOW)).isEqualTo(new Outbox.Backlog(2, 0, Optional.of(NOW)));
  }

  @Test
  void aChangeThatIsRefusedRecordsNoMessage() {
    StorePorts s = ports();
    s.instances().commit(change("i1", 0, 1).build());
    assertThat(s.instances().commit(change("i1", 0, 1).command("stale")
        .message(message("i1/1/000", "i1", 1, NOW)).build())).isEqualTo(CommitOutcome.CONFLICT);
    assertThat(s.outbox().claim(NOW, 10, "n1", LEASE)).isEmpty();
    assertThat(s.outbox().backlog(NOW)).isEqualTo(Outbox.Backlog.EMPTY);
  }

  @Test
  void aClaimedMessageIsNotHandedOutAgainWithinItsLease() {
    StorePorts s = withMessages();
    s.outbox().claim(NOW, 10, "n1", LEASE);
    assertThat(sameDataOtherNode(s).outbox().claim(NOW.plusSeconds(59), 10, "n2", LEASE)).isEmpty();
    assertThat(s.outbox().claim(NOW.plusSeconds(60), 10, "n2", LEASE))
        .extracting(OutboxMessage::id).containsExactly("i1/2/000", "i1/2/001");
  }

  @Test
  void aDeliveredMessageIsGone() {
    StorePorts s = withMessages();
    s.outbox().claim(NOW, 10, "n1", LEASE);
    s.outbox().delivered("i1/2/000", NOW);
    assertThat(s.outbox().claim(NOW.plusSeconds(3600), 10, "n1", LEASE))
        .extracting(OutboxMessage::id).containsExactly("i1/2/001");
    assertThat(s.outbox().backlog(NOW).pending()).isEqualTo(1);
  }

  @Test
  void aFailedMessageIsDueAgainAtItsRetryTimeWithItsAttemptCounted() {
    StorePorts s = withMessages();
    s.outbox().claim(NOW, 10, "n1", LEASE);
    s.outbox().failed("i1/2/000", "receiver down: \"503\"", NOW.plusSeconds(10));
    assertThat(s.outbox().claim(NOW.plusSeconds(9), 10, "n1", LEASE)).isEmpty();
    OutboxMessage again = s.outbox().claim(NOW.plusSeconds(10), 1, "n1", LEASE).get(0);
    assertThat(again.id()).isEqualTo("i1/2/000");
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(again.lastError()).contains("receiver down: \"503\"");
    assertThat(again.dueAt()).isEqualTo(NOW.plusSeconds(10));
    assertThat(s.outbox().backlog(NOW.plusSeconds(10)))
        .isEqualTo(new Outbox.Backlog(2, 1, Optional.of(NOW)));
  }

  @Test
  void concurrentClaimersNeverGetTheSameMessage() throws Exception {
    StorePorts s = ports();
    for (int i = 0; i < 10; i++) {
      var c = change("c" + i, 0, 1);
      for (int m = 0; m < 10; m++) {
        c.message(message("c" + i + "/1/" + m, "c" + i, 1, NOW.minusSeconds(m + 1)));
      }
      s.instances().commit(c.build());
    }
    StorePorts other = sameDataOtherNode(s);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<OutboxMessage>>> claims = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      StorePorts node = n % 2 == 0 ? s : other;
      String name = "n" + n;
      Callable<List<OutboxMessage>> claim = () -> {
        List<OutboxMessage> got = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
          got.addAll(node.outbox().claim(NOW, 7, name, LEASE));
        }
        return got;
      };
      claims.add(pool.submit(claim));
    }
    List<String> all = Collections.synchronizedList(new ArrayList<>());
    for (Future<List<OutboxMessage>> f : claims) {
      f.get().forEach(m -> all.add(m.id()));
    }
    pool.shutdown();
    // rows another claimer held locked may be skipped by all rounds: the next claim gets them
    for (List<OutboxMessage> more = s.outbox().claim(NOW, 100, "late", LEASE); !more.isEmpty();
        more = s.outbox().claim(NOW, 100, "late", LEASE)) {
      more.forEach(m -> all.add(m.id()));
    }
    assertThat(all).doesNotHaveDuplicates().hasSize(100);
  }
}
