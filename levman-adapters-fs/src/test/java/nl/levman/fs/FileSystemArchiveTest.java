package nl.levman.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.levman.model.LevmanException;
import nl.levman.spi.Archive;
import nl.levman.spi.ArchiveContract;
import nl.levman.spi.ArchiveFinding;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.GeneratedContent;
import nl.levman.spi.DocumentName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file-system archive passes the archive contract, keeps names inside, survives crashes. */
class FileSystemArchiveTest extends ArchiveContract {
  @TempDir Path root;

  @Override
  protected Archive archive() {
    return FileSystemArchive.at(root);
  }

  private long filesUnderRoot() throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.count();
    }
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"..", ".", "../escape.txt", "/etc/passwd", "C:\\windows\\x.txt", "a/b.txt",
      "CON", "nul.txt", "COM1", "lpt9.log", "line\nbreak.txt", "bell\u0007.txt", "tab\t.txt",
      "ends-with-dot.", " leading-space", "", "levman.properties", "LEVMAN.PROPERTIES", ".levman-tmp-123", ".levman-lock", ".Levman-tmp-1.part"})
  void rejectsAHostileDocumentNameAndWritesNothing(String hostile) throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    long before = filesUnderRoot();
    assertThatThrownBy(() -> archive.store("contractregister", "acme", "sla",
        new DocumentName(hostile), bytes("x"), metadata("dap")))
        .isInstanceOf(LevmanException.class).hasMessageContaining("document name");
    assertThat(filesUnderRoot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "rejects supplier or dossier \"{0}\"")
  @ValueSource(strings = {"..", "../..", "/abs", "x/../../y", "PRN"})
  void rejectsAHostileFolderName(String hostile) throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    long before = filesUnderRoot();
    assertThatThrownBy(() -> archive.store("contractregister", hostile, "sla",
        new DocumentName("a.txt"), bytes("x"), metadata("dap"))).isInstanceOf(LevmanException.class);
    assertThatThrownBy(() -> archive.store("contractregister", "acme", hostile,
        new DocumentName("a.txt"), bytes("x"), metadata("dap"))).isInstanceOf(LevmanException.class);
    assertThat(filesUnderRoot()).isEqualTo(before);
  }

  @Test
  void rejectsANameThatIsTooLong() {
    assertThatThrownBy(() -> new DocumentName("x".repeat(121)))
        .isInstanceOf(LevmanException.class).hasMessageContaining("longer than 120");
  }

  @Test
  void refusesToFollowASymbolicLinkPlantedInTheArchive(@TempDir Path outside) throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    Files.createDirectories(root.resolve("Contractregister"));
    Files.createSymbolicLink(root.resolve("Contractregister").resolve("acme"), outside);
    assertThatThrownBy(() -> archive.store("contractregister", "acme", "sla",
        new DocumentName("dap.pdf"), bytes("x"), metadata("dap")))
        .isInstanceOf(LevmanException.class).hasMessageContaining("symbolic link");
    try (Stream<Path> escaped = Files.list(outside)) {
      assertThat(escaped).isEmpty();
    }
  }

  @Test
  void refusesToMapAPlaceToTheMeetingPlannersFolder() {
    assertThatThrownBy(() -> FileSystemArchive.builder(root).place("inkoop", "meetings"))
        .isInstanceOf(LevmanException.class).hasMessageContaining("meeting planner");
  }

  @Test
  void mapsPlacesToConfiguredFolders() {
    FileSystemArchive archive = FileSystemArchive.builder(root).place("inkoop", "Inkoopdossiers").build();
    archive.store("inkoop", "acme", "tender-2025", new DocumentName("offerte.pdf"), bytes("x"), metadata("sla"));
    assertThat(root.resolve("Inkoopdossiers/acme/tender-2025/offerte.pdf/v1/offerte.pdf")).exists();
    assertThat(root.resolve("Inkoopdossiers/acme/tender-2025/offerte.pdf/v1/levman.properties")).exists();
  }

  @Test
  void aVersionLeftHalfWrittenByACrashIsInvisibleAndReported() throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    ArchivedDocument v1 = archive.store("sharepoint-levman", "acme", "sla", new DocumentName("slr.json"),
        bytes("v1"), metadata("slr"));
    Path crashed = root.resolve("SharePoint Levman/acme/sla/slr.json/v2");
    Files.createDirectories(crashed);
    Files.write(crashed.resolve(".levman-tmp-123.part"), bytes("half"));
    assertThat(archive.list("sharepoint-levman")).containsExactly(v1);
    assertThat(archive.leftovers()).containsExactlyInAnyOrder(
        "SharePoint Levman/acme/sla/slr.json/v2/.levman-tmp-123.part",
        "SharePoint Levman/acme/sla/slr.json/v2");
    ArchivedDocument next = archive.store("sharepoint-levman", "acme", "sla", new DocumentName("slr.json"),
        bytes("v3"), metadata("slr"));
    assertThat(next.ref().version()).as("the crashed version is never overwritten").isEqualTo(3);
  }

  @Test
  void aTamperedDocumentFailsToReadAndSaysSo() throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    ArchivedDocument doc = archive.store("contractregister", "acme", "sla", new DocumentName("dap.pdf"),
        bytes("signed"), metadata("dap"));
    Files.write(root.resolve("Contractregister/acme/sla/dap.pdf/v1/dap.pdf"), bytes("forged"));
    assertThatThrownBy(() -> archive.read(doc.ref()))
        .isInstanceOf(LevmanException.class).hasMessageContaining("dap.pdf").hasMessageContaining("changed");
  }

  @Test
  void reportsFilesThatAreNotLevmansByPathAndLeavesItsOwnAlone() throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    archive.store("contractregister", "acme", "sla", new DocumentName("dap.pdf"), bytes("signed"), metadata("dap"));
    Files.createDirectories(root.resolve("Meetings/acme/sla"));
    Files.write(root.resolve("Meetings/acme/sla/2026-03-01-mt-review.ics"), bytes("BEGIN:VCALENDAR"));
    Files.write(root.resolve("notes.txt"), bytes("x"));
    Files.createDirectories(root.resolve("Oud archief"));
    Files.write(root.resolve("Contractregister/acme/readme.txt"), bytes("x"));
    Files.write(root.resolve("Contractregister/acme/sla/dap.pdf/copy of dap.pdf"), bytes("x"));
    Files.write(root.resolve("Contractregister/acme/sla/dap.pdf/v1/Thumbs.db"), bytes("x"));

    assertThat(archive.findings()).allSatisfy(f -> assertThat(f.kind()).isEqualTo(ArchiveFinding.Kind.STRAY))
        .extracting(ArchiveFinding::where).containsExactlyInAnyOrder("notes.txt", "Oud archief",
            "Contractregister/acme/readme.txt", "Contractregister/acme/sla/dap.pdf/copy of dap.pdf",
            "Contractregister/acme/sla/dap.pdf/v1/Thumbs.db");
    assertThat(archive.list(null)).hasSize(1);
  }

  @Test
  void aSidecarThatCannotBeInterpretedIsNamedAndLeftOutOfTheList() throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    ArchivedDocument doc = archive.store("contractregister", "acme", "sla", new DocumentName("dap.pdf"),
        bytes("signed"), metadata("dap"));
    Path sidecar = root.resolve("Contractregister/acme/sla/dap.pdf/v1/levman.properties");
    Files.writeString(sidecar, Files.readString(sidecar).replaceAll("size=\\d+", "size=abc"));

    assertThat(archive.list(null)).isEmpty();
    assertThat(archive.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(ArchiveFinding.Kind.UNREADABLE);
      assertThat(f.where()).isEqualTo("contractregister/acme/sla/dap.pdf@1");
      assertThat(f.what()).contains("size 'abc'");
    });
    assertThatThrownBy(() -> archive.read(doc.ref())).isInstanceOf(LevmanException.class)
        .hasMessageContaining("dap.pdf@1").hasMessageContaining("size 'abc'");
  }

  @Test
  void aStoreThatFailsLeavesNoFileBehind() throws IOException {
    FileSystemArchive archive = FileSystemArchive.at(root);
    assertThatThrownBy(() -> archive.store("contractregister", "acme", "sla", new DocumentName("scan.pdf"),
        GeneratedContent.failingAfter(5_000_000, 1_000_000), metadata("dap")))
        .isInstanceOf(LevmanException.class).hasMessageContaining("simulated");
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }
}
