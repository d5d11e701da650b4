package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.levman.model.LevmanException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Archive} must do. An adapter's test extends this class and returns a fresh,
 * empty archive that knows the places "contractregister" and "sharepoint-levman". Versions are
 * content-addressed: the same bytes stored again under a name give back the version holding them.
 */
public abstract class ArchiveContract {

  protected abstract Archive archive();

  protected static DocumentMetadata metadata(String type) {
    return new DocumentMetadata(type, "ann", Instant.parse("2026-03-01T10:15:30.123Z"),
        Optional.of("sla-acme"), OptionalInt.of(6));
  }

  protected static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  protected static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void readsBackWhatWasStoredWithItsChecksum() throws Exception {
    Archive archive = archive();
    ArchivedDocument doc = archive.store("contractregister", "acme", "sla-2026",
        new DocumentName("dap.pdf"), bytes("DAP v1"), metadata("dap"));
    assertThat(doc.ref()).isEqualTo(new DocumentRef("contractregister", "acme", "sla-2026",
        new DocumentName("dap.pdf"), 1));
    assertThat(doc.sha256()).isEqualTo(sha256(bytes("DAP v1")));
    assertThat(doc.size()).isEqualTo(6);
    assertThat(archive.read(doc.ref())).isEqualTo(bytes("DAP v1"));
  }

  @Test
  void aSecondStoreOfANameIsANewVersionAndLeavesTheFirstAlone() {
    Archive archive = archive();
    DocumentName name = new DocumentName("slr-2026-03.json");
    ArchivedDocument first = archive.store("sharepoint-levman", "acme", "sla-2026", name, bytes("v1"), metadata("slr"));
    ArchivedDocument second = archive.store("sharepoint-levman", "acme", "sla-2026", name, bytes("v2"), metadata("slr"));
    assertThat(second.ref().version()).isEqualTo(2);
    assertThat(archive.read(first.ref())).isEqualTo(bytes("v1"));
    assertThat(archive.read(second.ref())).isEqualTo(bytes("v2"));
  }

  @Test
  void theSameBytesStoredAgainGiveBackTheVersionThatHoldsThem() {
    Archive archive = archive();
    DocumentName name = new DocumentName("dap.pdf");
    ArchivedDocument first = archive.store("contractregister", "acme", "sla-2026", name, bytes("A"), metadata("dap"));
    ArchivedDocument other = archive.store("contractregister", "acme", "sla-2026", name, bytes("B"), metadata("dap"));
    ArchivedDocument again = archive.store("contractregister", "acme", "sla-2026", name, bytes("A"),
        new DocumentMetadata("dap", "lars", Instant.parse("2026-04-01T00:00:00Z"), Optional.empty(), OptionalInt.empty()));
    assertThat(other.ref().version()).isEqualTo(2);
    assertThat(again).as("the version that holds the bytes, with its first metadata").isEqualTo(first);
    assertThat(archive.list("contractregister")).hasSize(2);
    assertThat(archive.read(again.ref())).isEqualTo(bytes("A"));
  }

  @Test
  void theSameBytesUnderAnotherNameOrDossierAreAnotherDocument() {
    Archive archive = archive();
    ArchivedDocument dap = archive.store("contractregister", "acme", "sla-2026", new DocumentName("dap.pdf"), bytes("A"), metadata("dap"));
    ArchivedDocument copy = archive.store("contractregister", "acme", "sla-2026", new DocumentName("copy.pdf"), bytes("A"), metadata("dap"));
    ArchivedDocument elsewhere = archive.store("contractregister", "acme", "sla-2027", new DocumentName("dap.pdf"), bytes("A"), metadata("dap"));
    assertThat(List.of(dap.ref(), copy.ref(), elsewhere.ref())).doesNotHaveDuplicates();
    assertThat(archive.list(null)).hasSize(3);
  }

  @Test
  void storesAStreamOfUnknownLengthAndOpensItAgain() throws Exception {
    Archive archive = archive();
    long size = 3 * 1024 * 1024 + 17;
    ArchivedDocument doc = archive.store("sharepoint-levman", "acme", "sla-2026",
        new DocumentName("scan.pdf"), GeneratedContent.of(size), metadata("slr"));
    assertThat(doc.size()).isEqualTo(size);
    assertThat(doc.sha256()).isEqualTo(GeneratedContent.sha256(size));
    try (java.io.InputStream in = archive.open(doc.ref())) {
      assertThat(in).hasSameContentAs(GeneratedContent.of(size));
    }
    ArchivedDocument again = archive.store("sharepoint-levman", "acme", "sla-2026",
        new DocumentName("scan.pdf"), GeneratedContent.of(size), metadata("slr"));
    assertThat(again.ref()).isEqualTo(doc.ref());
  }

  @Test
  void aStoreWhoseStreamFailsStoresNothingAndALaterStoreIsTheFirstVersion() {
    Archive archive = archive();
    DocumentName name = new DocumentName("upload.pdf");
    assertThatThrownBy(() -> archive.store("contractregister", "acme", "sla-2026", name,
        GeneratedContent.failingAfter(1_000_000, 300_000), metadata("dap")))
        .isInstanceOf(LevmanException.class).hasMessageContaining("upload.pdf");
    assertThat(archive.list(null)).isEmpty();
    assertThat(archive.findings()).isEmpty();
    ArchivedDocument doc = archive.store("contractregister", "acme", "sla-2026", name,
        GeneratedContent.of(1_000_000), metadata("dap"));
    assertThat(doc.ref().version()).isEqualTo(1);
  }

  @Test
  void keepsTheMetadata() {
    Archive archive = archive();
    ArchivedDocument doc = archive.store("contractregister", "acme", "sla-2026",
        new DocumentName("dap.pdf"), bytes("x"), metadata("dap"));
    assertThat(archive.find(doc.ref()).orElseThrow().metadata()).isEqualTo(metadata("dap"));
  }

  @Test
  void listsPerPlaceAndAcrossPlaces() {
    Archive archive = archive();
    archive.store("contractregister", "acme", "sla-2026", new DocumentName("dap.pdf"), bytes("a"), metadata("dap"));
    archive.store("sharepoint-levman", "acme", "sla-2026", new DocumentName("slr.json"), bytes("b"), metadata("slr"));
    archive.store("sharepoint-levman", "globex", "review-2026", new DocumentName("profiel.json"), bytes("c"), metadata("risicoprofiel"));
    assertThat(archive.list("contractregister")).hasSize(1);
    assertThat(archive.list("sharepoint-levman")).extracting(d -> d.ref().supplier())
        .containsExactlyInAnyOrder("acme", "globex");
    assertThat(archive.list(null)).hasSize(3);
  }

  @Test
  void refusesAPlaceItDoesNotKnow() {
    assertThatThrownBy(() -> archive().store("attic", "acme", "x", new DocumentName("a.txt"),
        bytes("a"), metadata("dap")))
        .isInstanceOf(LevmanException.class).hasMessageContaining("attic");
  }

  @Test
  void namesAMissingDocument() {
    DocumentRef missing = new DocumentRef("contractregister", "acme", "sla", new DocumentName("nope.pdf"), 3);
    assertThat(archive().find(missing)).isEmpty();
    assertThatThrownBy(() -> archive().read(missing))
        .isInstanceOf(LevmanException.class).hasMessageContaining("nope.pdf");
  }

  @Test
  void concurrentStoresOfOneNameGiveDistinctIntactVersions() throws Exception {
    Archive archive = archive();
    DocumentName name = new DocumentName("besluiten.json");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ArchivedDocument>> stores = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String content = ("writer " + i + " ").repeat(2000);
      Callable<ArchivedDocument> store = () -> archive.store("sharepoint-levman", "acme", "sla-2026",
          name, bytes(content), metadata("besluiten"));
      stores.add(pool.submit(store));
    }
    List<Integer> versions = new ArrayList<>();
    for (Future<ArchivedDocument> f : stores) {
      ArchivedDocument doc = f.get();
      versions.add(doc.ref().version());
      assertThat(sha256(archive.read(doc.ref()))).isEqualTo(doc.sha256());
    }
    pool.shutdown();
    assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void concurrentStoresOfTheSameBytesGiveOneVersion() throws Exception {
    Archive archive = archive();
    DocumentName name = new DocumentName("besluiten.json");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ArchivedDocument>> stores = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Callable<ArchivedDocument> store = () -> archive.store("sharepoint-levman", "acme", "sla-2026",
          name, bytes("the same decisions ".repeat(2000)), metadata("besluiten"));
      stores.add(pool.submit(store));
    }
    List<DocumentRef> refs = new ArrayList<>();
    for (Future<ArchivedDocument> f : stores) {
      refs.add(f.get().ref());
    }
    pool.shutdown();
    assertThat(refs).containsOnly(new DocumentRef("sharepoint-levman", "acme", "sla-2026", name, 1));
    assertThat(archive.list("sharepoint-levman")).hasSize(1);
  }
}
