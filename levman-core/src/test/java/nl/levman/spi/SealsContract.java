package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.levman.model.InstanceId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Seals} store must do: keep each seal verbatim under its number, never replace
 * one, tell the second of two nodes appending the same number, and read from a number on. An
 * adapter's test extends this class and returns an empty store.
 */
public abstract class SealsContract {

  protected abstract Seals seals();

  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);

  protected static Seal seal(long number, String previous, String mac, InstanceHead... heads) {
    return new Seal(number, Instant.parse("2026-03-01T10:15:30.123Z").plusSeconds(number), "node-1",
        "0123456789abcdef", previous, List.of(heads), mac);
  }

  protected static InstanceHead head(String instance, long sequence, String hash) {
    return new InstanceHead(InstanceId.of(instance), sequence, hash);
  }

  @Test
  void anAppendedSealIsReadBackAsItWasStored() {
    Seals seals = seals();
    Seal first = seal(1, Seal.FIRST_PREVIOUS, A, head("sla-acme", 12, B), head("review-2026", 3, A));
    assertThat(seals.append(first)).isTrue();
    Seals.Stored stored = seals.read(0);
    assertThat(stored.seals()).containsExactly(first);
    assertThat(stored.unreadable()).isEmpty();
  }

  @Test
  void aSealWithoutHeadsIsKeptToo() {
    Seals seals = seals();
    Seal empty = seal(1, Seal.FIRST_PREVIOUS, A);
    assertThat(seals.append(empty)).isTrue();
    assertThat(seals.read(0).seals()).containsExactly(empty);
  }

  @Test
  void aTakenNumberIsRefusedAndTheFirstSealStays() {
    Seals seals = seals();
    Seal first = seal(1, Seal.FIRST_PREVIOUS, A, head("i", 1, A));
    seals.append(first);
    assertThat(seals.append(seal(1, Seal.FIRST_PREVIOUS, B, head("i", 2, B)))).isFalse();
    assertThat(seals.read(0).seals()).containsExactly(first);
  }

  @Test
  void readingFromANumberOnGivesOnlyTheLaterSealsInOrder() {
    Seals seals = seals();
    Seal one = seal(1, Seal.FIRST_PREVIOUS, A, head("i", 1, A));
    Seal two = seal(2, A, B, head("i", 2, B));
    Seal three = seal(3, B, A, head("j", 1, A));
    seals.append(one);
    seals.append(three);
    seals.append(two);
    assertThat(seals.read(0).seals()).containsExactly(one, two, three);
    assertThat(seals.read(1).seals()).containsExactly(two, three);
    assertThat(seals.read(3).seals()).isEmpty();
  }

  @Test
  void ofTwoNodesAppendingTheSameNumberAtOnceExactlyOneWins() throws Exception {
    Seals seals = seals();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      Future<Boolean> a = pool.submit(() -> { go.await(); return seals.append(seal(1, Seal.FIRST_PREVIOUS, A)); });
      Future<Boolean> b = pool.submit(() -> { go.await(); return seals.append(seal(1, Seal.FIRST_PREVIOUS, B)); });
      go.countDown();
      assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
      assertThat(seals.read(0).seals()).hasSize(1);
    } finally {
      pool.shutdown();
    }
  }
}
