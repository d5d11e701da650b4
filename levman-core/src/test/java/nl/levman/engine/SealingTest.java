package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.levman.api.AuditReport;
import nl.levman.api.ProblemKind;
import nl.levman.api.RaiseStep;
import nl.levman.api.SealKey;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.memory.InMemorySeals;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;
import nl.levman.spi.Seal;
import nl.levman.spi.Seals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seals: signed heads in a store apart from the database. A seal covers what moved since the last
 * one; the seal store's own damage (another key, an edited seal, a removed one) is named.
 */
class SealingTest {
  static final SealKey KEY = SealKey.of(filled(32, (byte) 7));
  final TamperedSeals seals = new TamperedSeals();
  Desk desk;

  static byte[] filled(int n, byte b) {
    byte[] bytes = new byte[n];
    Arrays.fill(bytes, b);
    return bytes;
  }

  /** A seal store that an attacker of the seal store can edit or clear. */
  static final class TamperedSeals implements Seals {
    final InMemorySeals real = new InMemorySeals();
    final TreeMap<Long, Optional<Seal>> replaced = new TreeMap<>();

    @Override
    public boolean append(Seal seal) {
      return real.append(seal);
    }

    @Override
    public Stored read(long after) {
      List<Seal> seen = real.read(after).seals().stream()
          .map(s -> replaced.getOrDefault(s.number(), Optional.of(s)))
          .flatMap(Optional::stream).toList();
      return new Stored(seen, List.of());
    }

    Seal get(long number) {
      return real.read(number - 1).seals().get(0);
    }
  }

  @BeforeEach
  void twoInstancesRun() {
    desk = new Desk(b -> b.seals(seals, KEY), TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"));
    for (String i : List.of("a", "b")) {
      desk.start(i, TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", false),
          Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
      desk.complete(i, 1, "cora");
    }
  }

  void raise(String instance) {
    desk.engine.raise(new RaiseStep(desk.nextCommand(), InstanceId.of(instance), 13, PersonId.of("cora"), "change"));
  }

  @Test
  void aSealCoversEveryInstanceAtItsHeadAndTheAuditFindsThemIntact() {
    assertThat(desk.engine.seal()).isEqualTo(2);
    Seal seal = seals.get(1);
    assertThat(seal.heads()).extracting(h -> h.instance().value() + "@" + h.sequence())
        .containsExactly("a@" + desk.events("a"), "b@" + desk.events("b"));
    assertThat(seal.previous()).isEqualTo(Seal.FIRST_PREVIOUS);
    assertThat(seal.keyId()).isEqualTo(KEY.id());
    assertThat(desk.engine.audit().problems()).isEmpty();
    assertThat(desk.engine.verify(InstanceId.of("a")).isIntact()).isTrue();
  }

  @Test
  void aLaterSealCoversOnlyTheHeadsThatMovedAndLinksToTheOneBefore() {
    desk.engine.seal();
    raise("b");
    assertThat(desk.engine.seal()).isEqualTo(1);
    Seal second = seals.get(2);
    assertThat(second.heads()).extracting(h -> h.instance().value()).containsExactly("b");
    assertThat(second.previous()).isEqualTo(seals.get(1).mac());
    assertThat(desk.engine.seal()).isZero();
    assertThat(seals.real.read(0).seals()).hasSize(2);
    assertThat(desk.engine.audit().isIntact()).isTrue();
  }

  @Test
  void runDueSealsOnceTheIntervalHasPassed() {
    Desk timed = new Desk(b -> b.seals(seals, KEY).sealEvery(Duration.ofMinutes(10)), TestProcess.definition());
    timed.directory.grant("cora", "CO", Scope.organisation());
    timed.start("c", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", false),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
    timed.engine.runDue();
    assertThat(seals.real.read(0).seals()).hasSize(1);
    timed.complete("c", 1, "cora");
    timed.advance(Duration.ofMinutes(5));
    assertThat(seals.real.read(0).seals()).hasSize(1);
    timed.advance(Duration.ofMinutes(5));
    assertThat(seals.real.read(0).seals()).hasSize(2);
  }

  @Test
  void aNodeThatFindsItsNumberTakenSealsWhatTheOtherNodeLeft() {
    Desk[] other = new Desk[1];
    Seals racing = new Seals() {
      boolean raced;

      @Override
      public boolean append(Seal seal) {
        if (!raced) {
          raced = true;
          other[0].engine.seal();
        }
        return seals.append(seal);
      }

      @Override
      public Stored read(long after) {
        return seals.read(after);
      }
    };
    other[0] = new Desk(b -> b.store(desk.store).seals(seals, KEY).node("node-b"), TestProcess.definition());
    Desk first = new Desk(b -> b.store(desk.store).seals(racing, KEY).node("node-a"), TestProcess.definition());
    assertThat(first.engine.seal()).as("both heads were sealed by the other node first").isZero();
    assertThat(seals.real.read(0).seals()).extracting(Seal::node).containsExactly("node-b");
    raise("a");
    assertThat(first.engine.seal()).isEqualTo(1);
    assertThat(seals.get(2).node()).isEqualTo("node-a");
    assertThat(seals.get(2).previous()).isEqualTo(seals.get(1).mac());
    assertThat(first.engine.audit().problems()).isEmpty();
  }

  @Test
  void anEngineWithoutASealStoreSaysHowToWireOne() {
    Desk plain = new Desk(TestProcess.definition());
    assertThatThrownBy(plain.engine::seal).isInstanceOf(LevmanException.class)
        .hasMessageContaining("Levman.builder().seals(seals, key)");
  }

  @Test
  void sealsSignedWithAnotherKeyAreNamedAndNotCountedAsEvidence() {
    desk.engine.seal();
    Desk other = new Desk(b -> b.store(desk.store).seals(seals, SealKey.of(filled(32, (byte) 8))),
        TestProcess.definition());
    AuditReport report = other.engine.audit();
    assertThat(report.problems()).extracting(AuditReport.Problem::kind).containsExactly(ProblemKind.SEAL_INVALID);
    assertThat(report.problems().get(0).where()).isEqualTo("seal 1");
    assertThat(report.problems().get(0).what()).contains("another key").contains(KEY.id());
  }

  @Test
  void anEditedSealDoesNotVerify() {
    desk.engine.seal();
    Seal s = seals.get(1);
    Seal edited = new Seal(s.number(), s.sealedAt(), s.node(), s.keyId(), s.previous(),
        List.of(s.heads().get(0)), s.mac());
    seals.replaced.put(1L, Optional.of(edited));
    AuditReport report = desk.engine.audit();
    assertThat(report.problems()).extracting(AuditReport.Problem::kind).containsExactly(ProblemKind.SEAL_INVALID);
    assertThat(report.problems().get(0).what()).contains("MAC does not verify");
  }

  @Test
  void aRemovedSealIsFoundByTheGapItLeaves() {
    desk.engine.seal();
    raise("a");
    desk.engine.seal();
    raise("b");
    desk.engine.seal();
    seals.replaced.put(2L, Optional.empty());
    AuditReport report = desk.engine.audit();
    assertThat(report.problems()).extracting(AuditReport.Problem::kind).containsExactly(ProblemKind.SEAL_MISSING);
    assertThat(report.problems().get(0)).hasToString("seal 3: seal 2 is missing before it: removed from the seal store");
  }

  @Test
  void aSealStoreFedWithARewrittenSealFromElsewhereBreaksTheLink() {
    desk.engine.seal();
    raise("a");
    desk.engine.seal();
    Seal s = seals.get(1);
    String text = Seal.signedText(1, s.sealedAt().plusSeconds(1), s.node(), s.keyId(), s.previous(), s.heads());
    seals.replaced.put(1L, Optional.of(new Seal(1, s.sealedAt().plusSeconds(1), s.node(), s.keyId(), s.previous(),
        s.heads(), KEY.mac(text))));
    AuditReport report = desk.engine.audit();
    assertThat(report.problems()).extracting(AuditReport.Problem::kind).containsExactly(ProblemKind.SEAL_MISSING);
    assertThat(report.problems().get(0).what()).contains("does not link to seal 1");
  }

  @Test
  void aSealKeyIsAtLeast256BitsAndNeverShown() {
    assertThatThrownBy(() -> SealKey.of(new byte[31])).hasMessageContaining("at least 32 bytes");
    assertThat(SealKey.parse("07".repeat(32))).isEqualTo(KEY);
    assertThat(KEY.toString()).isEqualTo("SealKey[" + KEY.id() + "]").doesNotContain("0707");
  }
}
