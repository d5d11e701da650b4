package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.levman.api.AuditReport;
import nl.levman.api.DocumentInput;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.Scope;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentMetadata;
import nl.levman.spi.DocumentName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit checks history against archive: changed documents fail, orphans are reported. */
class AuditTest {
  Desk desk;

  @BeforeEach
  void aReportIsArchived() {
    desk = new Desk(TestProcess.definition());
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
    desk.engine.complete(desk.completion("i", desk.only("i", 7), "sam")
        .document(DocumentInput.of("guide", "handleiding.txt", "archiving rules")).build());
  }

  @Test
  void anUntouchedStoreIsIntact() {
    AuditReport report = desk.engine.audit();
    assertThat(report.isIntact()).isTrue();
    assertThat(report.instances()).isEqualTo(1);
    assertThat(report.documents()).isEqualTo(1);
    assertThat(report.orphans()).isEmpty();
  }

  @Test
  void aChangedDocumentIsFoundAndNamed() {
    ArchivedDocument doc = desk.archive.list("shelf").get(0);
    desk.archive.tamper(doc.ref(), "other rules".getBytes(StandardCharsets.UTF_8));
    AuditReport report = desk.engine.audit();
    assertThat(report.isIntact()).isFalse();
    assertThat(report.problems().get(0).where()).isEqualTo("document " + doc.ref());
    assertThat(report.problems().get(0).what()).contains("content changed");
  }

  @Test
  void aDocumentThatNothingRefersToIsReportedAsOrphan() {
    ArchivedDocument orphan = desk.archive.store("shelf", "acme", "contract-acme",
        new DocumentName("half-done.txt"), new byte[] {1},
        new DocumentMetadata("guide", "sam", Instant.parse("2026-01-05T09:00:00Z"), Optional.of("i"), OptionalInt.of(7)));
    AuditReport report = desk.engine.audit();
    assertThat(report.isIntact()).isTrue();
    assertThat(report.orphans()).containsExactly(orphan.ref().toString());
  }
}
