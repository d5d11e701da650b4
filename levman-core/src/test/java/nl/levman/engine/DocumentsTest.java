package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.AuditReport;
import nl.levman.api.CommandResult;
import nl.levman.api.DocumentInput;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
import nl.levman.model.InputRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.Scope;
import nl.levman.spi.ArchiveFinding;
import nl.levman.spi.GeneratedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents are measured before anything is archived, streamed, bounded by the engine's limit,
 * and stored once however often a completion is retried; the audit names what the archive holds
 * besides them.
 */
class DocumentsTest {
  Desk desk;

  /** A desk with the limit given, at step 7, which needs the guide and archives it. */
  private void atStepSeven(long limit) {
    desk = new Desk(b -> b.maxDocumentSize(limit), TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"))
        .grant("sam", "SM", Scope.supplier("acme"));
    desk.start("i", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", false),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.engine.complete(desk.completion("i", desk.only("i", 4), "cora")
        .declares("supplier", List.of("acme")).build());
    desk.engine.complete(desk.completion("i", desk.only("i", 5), "sam").declares("action", List.of()).build());
  }

  private CommandResult completeSeven(DocumentInput guide) {
    return desk.engine.complete(desk.completion("i", desk.only("i", 7), "sam").document(guide).build());
  }

  @Test
  void refusesADocumentOverTheLimitNamingItAndTheLimitWithNothingArchived() {
    atStepSeven(10);
    long before = desk.events("i");
    CommandResult result = completeSeven(DocumentInput.of("guide", "handleiding.txt", "eleven bytes"));
    assertThat(result).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> {
      assertThat(r.rejection()).isEqualTo(new InputRejection.DocumentTooLarge(7, "guide", "handleiding.txt", 10));
      assertThat(r.rejection().message()).contains("handleiding.txt", "10 bytes");
    });
    assertThat(desk.events("i")).isEqualTo(before);
    assertThat(desk.archive.list(null)).isEmpty();
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(strings = {"levman.properties", "LEVMAN.properties", ".levman-tmp-1.part", ".levman-lock",
      "../handleiding.txt", "a/b.txt", "CON"})
  void refusesADocumentWhoseNameCannotBeAnArchiveNameWithATypedRejection(String name) {
    atStepSeven(EngineParts.DEFAULT_MAX_DOCUMENT_SIZE);
    long before = desk.events("i");
    CommandResult result = completeSeven(DocumentInput.of("guide", name, "archiving rules"));
    assertThat(result).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> {
      assertThat(r.rejection().code()).isEqualTo("DocumentNameInvalid");
      assertThat(r.rejection().message()).contains("step 7 (guide): document name '" + name + "'");
    });
    assertThat(desk.events("i")).isEqualTo(before);
    assertThat(desk.archive.list(null)).isEmpty();
  }

  @Test
  void readsAStreamedDocumentOfUnknownLengthOnlyUntilItIsPastTheLimit() {
    atStepSeven(100_000);
    GeneratedContent[] opened = new GeneratedContent[1];
    CommandResult result = completeSeven(DocumentInput.of("guide", "handleiding.txt",
        () -> opened[0] = GeneratedContent.of(Long.MAX_VALUE)));
    assertThat(result).isInstanceOfSatisfying(CommandResult.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo("DocumentTooLarge"));
    assertThat(opened[0].bytesRead()).isLessThan(200_000);
    assertThat(desk.archive.list(null)).isEmpty();
  }

  @Test
  void recordsAStreamedDocumentWithTheChecksumAndSizeOfItsBytes() throws Exception {
    atStepSeven(EngineParts.DEFAULT_MAX_DOCUMENT_SIZE);
    long size = 2_000_003;
    assertThat(completeSeven(DocumentInput.of("guide", "handleiding.txt", () -> GeneratedContent.of(size)))
        .accepted()).isTrue();
    DocumentRecord recorded = stepCompleted(7).documents().get(0);
    assertThat(recorded.sha256()).isEqualTo(GeneratedContent.sha256(size));
    assertThat(recorded.size()).isEqualTo(size);
    assertThat(recorded.archivedAs()).contains("shelf/acme/contract-acme/handleiding.txt@1");
  }

  @Test
  void theSameDocumentCompletedAgainAfterARefusalIsArchivedOnce() {
    atStepSeven(EngineParts.DEFAULT_MAX_DOCUMENT_SIZE);
    desk.archive.store("shelf", "acme", "contract-acme", new nl.levman.spi.DocumentName("handleiding.txt"),
        "archiving rules".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new nl.levman.spi.DocumentMetadata("guide", "sam", desk.clock.instant(), Optional.of("i"),
            java.util.OptionalInt.of(7)));
    assertThat(completeSeven(DocumentInput.of("guide", "handleiding.txt", "archiving rules"))
        .accepted()).isTrue();
    assertThat(desk.archive.list(null)).hasSize(1);
    AuditReport audit = desk.engine.audit();
    assertThat(audit.orphans()).as("the version a lost attempt left is the one the retry refers to").isEmpty();
  }

  @Test
  void theAuditListsWhatTheArchiveHoldsBesidesDocumentsAndWhatItCouldNotCheck() {
    atStepSeven(EngineParts.DEFAULT_MAX_DOCUMENT_SIZE);
    completeSeven(DocumentInput.of("guide", "handleiding.txt", "archiving rules"));
    desk.archive.findings.add(new ArchiveFinding(ArchiveFinding.Kind.STRAY, "Plank/notes.txt", "a file that is not Levman's"));
    desk.archive.findings.add(new ArchiveFinding(ArchiveFinding.Kind.INTERRUPTED_WRITE, "Plank/acme/x/a.txt/v2", "a version without its metadata"));
    desk.archive.findings.add(new ArchiveFinding(ArchiveFinding.Kind.UNREADABLE, "shelf/acme/x/b.txt@1", "levman.properties size 'abc' is not a number"));
    AuditReport audit = desk.engine.audit();
    assertThat(audit.isIntact()).isTrue();
    assertThat(audit.isComplete()).isFalse();
    assertThat(audit.strays()).containsExactly("Plank/notes.txt");
    assertThat(audit.interrupted()).containsExactly("Plank/acme/x/a.txt/v2");
    assertThat(audit.unchecked()).extracting(Object::toString)
        .containsExactly("document shelf/acme/x/b.txt@1: levman.properties size 'abc' is not a number");
  }

  private Event.StepCompleted stepCompleted(int step) {
    return desk.engine.history(InstanceId.of("i")).stream().map(e -> e.event())
        .filter(e -> e instanceof Event.StepCompleted c && c.step() == step)
        .map(e -> (Event.StepCompleted) e).findFirst().orElseThrow();
  }
}
