package nl.levman.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.AuditReport;
import nl.levman.api.ProblemKind;
import nl.levman.api.RaiseStep;
import nl.levman.api.SealKey;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;
import nl.levman.spi.Seals;
import nl.levman.spi.SealsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals as files pass the port's contract; an attacker of the seal folder (without the key) who
 * edits, removes, replaces or spoils a seal file is named by the audit as a problem of the seal
 * store.
 */
class FileSystemSealsTest {
  @TempDir Path folder;

  @Nested
  class Contract extends SealsContract {
    @Override
    protected Seals seals() {
      return FileSystemSeals.at(folder.resolve("seals-" + System.nanoTime()));
    }
  }

  static SealKey key(byte b) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, b);
    return SealKey.of(bytes);
  }

  Desk desk(SealKey key) {
    Desk desk = new Desk(b -> b.seals(FileSystemSeals.at(folder), key), TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation());
    return desk;
  }

  /** Three seals: of "a" started, of "a" raised once, of "a" raised again. */
  Desk threeSeals() {
    Desk desk = desk(key((byte) 1));
    desk.start("a", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", false),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
    desk.engine.seal();
    for (int i = 0; i < 2; i++) {
      desk.engine.raise(new RaiseStep(desk.nextCommand(), InstanceId.of("a"), 13, PersonId.of("cora"), "change"));
      desk.engine.seal();
    }
    return desk;
  }

  Path file(long number) {
    return folder.resolve("000000").resolve(String.format("%012d.seal", number));
  }

  List<ProblemKind> kinds(AuditReport report) {
    return report.problems().stream().map(AuditReport.Problem::kind).toList();
  }

  @Test
  void aSealFileReadsAsTheSealItHolds() throws IOException {
    Desk desk = threeSeals();
    String text = Files.readString(file(2));
    assertThat(text).startsWith("levman-seal 1\nnumber 2\nsealed-at 2026-01-05T08:00:00Z\nnode ")
        .contains("\nhead a " + (desk.events("a") - 1) + " ").containsPattern("\nmac [0-9a-f]{64}\n$");
    assertThat(desk.engine.audit().problems()).isEmpty();
  }

  @Test
  void anEditedSealFileDoesNotVerify() throws IOException {
    Desk desk = threeSeals();
    String text = Files.readString(file(3));
    long head = desk.events("a");
    Files.writeString(file(3), text.replace("head a " + head + " ", "head a " + (head - 1) + " "));
    AuditReport report = desk.engine.audit();
    assertThat(kinds(report)).containsExactly(ProblemKind.SEAL_INVALID);
    assertThat(report.problems().get(0).toString())
        .isEqualTo("seal 3: its MAC does not verify: the seal was edited or forged; not counted as evidence");
  }

  @Test
  void aRemovedSealFileIsNamedByTheGap() throws IOException {
    Desk desk = threeSeals();
    Files.delete(file(2));
    assertThat(kinds(desk.engine.audit())).containsExactly(ProblemKind.SEAL_MISSING);
  }

  @Test
  void aSealFileSpoiledBeyondReadingIsNamedAndLeavesAGap() throws IOException {
    Desk desk = threeSeals();
    Files.writeString(file(2), "levman-seal 1\nnumber 2\n");
    AuditReport report = desk.engine.audit();
    assertThat(kinds(report)).containsExactly(ProblemKind.SEAL_UNREADABLE, ProblemKind.SEAL_MISSING);
    assertThat(report.problems().get(0).what()).startsWith("000000/000000000002.seal: not a readable seal (");
  }

  @Test
  void aSealCopiedUnderAnotherNumberIsNamed() throws IOException {
    Desk desk = threeSeals();
    Files.copy(file(1), file(4));
    AuditReport report = desk.engine.audit();
    assertThat(kinds(report)).containsExactly(ProblemKind.SEAL_UNREADABLE);
    assertThat(report.problems().get(0).what()).isEqualTo("000000/000000000004.seal: holds seal 1, not seal 4");
  }

  @Test
  void aLeftoverOfAnInterruptedWriteIsNamed() throws IOException {
    Desk desk = threeSeals();
    Files.writeString(folder.resolve("000000").resolve(".levman-tmp-123"), "levman-seal 1\n", StandardCharsets.UTF_8);
    AuditReport report = desk.engine.audit();
    assertThat(kinds(report)).containsExactly(ProblemKind.SEAL_UNREADABLE);
    assertThat(report.problems().get(0).what()).isEqualTo("000000/.levman-tmp-123: left by an interrupted write");
  }

  @Test
  void sealsReadWithAnotherKeyAreNamedAsSuch() {
    Desk desk = threeSeals();
    Desk other = new Desk(b -> b.store(desk.store).seals(FileSystemSeals.at(folder), key((byte) 2)),
        TestProcess.definition());
    AuditReport report = other.engine.audit();
    assertThat(kinds(report)).containsExactly(ProblemKind.SEAL_INVALID, ProblemKind.SEAL_INVALID, ProblemKind.SEAL_INVALID);
    assertThat(report.problems().get(0).what()).contains("was signed with another key");
  }

  @Test
  void aSealAcrossAThousandStartsTheNextFolder() {
    FileSystemSeals seals = FileSystemSeals.at(folder);
    nl.levman.spi.Seal s = new nl.levman.spi.Seal(1000, java.time.Instant.EPOCH, "n", "0123456789abcdef",
        "a".repeat(64), List.of(), "b".repeat(64));
    assertThat(seals.append(s)).isTrue();
    assertThat(folder.resolve("000001").resolve("000000001000.seal")).exists();
    assertThat(seals.read(999).seals()).containsExactly(s);
    assertThat(seals.read(1000).seals()).isEmpty();
  }
}
