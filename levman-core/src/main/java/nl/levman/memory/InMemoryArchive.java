package nl.levman.memory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.levman.model.LevmanException;
import nl.levman.spi.Archive;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentMetadata;
import nl.levman.spi.DocumentName;
import nl.levman.spi.DocumentRef;

/**
 * An archive in memory, with the places it is given. Thread-safe; never overwrites; the same bytes
 * stored again under a name give back the version that holds them. Streamed documents are buffered.
 */
public final class InMemoryArchive implements Archive {
  private final Set<String> places;
  private final Map<DocumentRef, ArchivedDocument> documents = new LinkedHashMap<>();
  private final Map<DocumentRef, byte[]> contents = new LinkedHashMap<>();

  public InMemoryArchive(Set<String> places) {
    this.places = Set.copyOf(places);
  }

  /** An archive with the handbook's places: the Contractregister and SharePoint Levman. */
  public static InMemoryArchive withHandbookPlaces() {
    return new InMemoryArchive(Set.of("contractregister", "sharepoint-levman"));
  }

  @Override
  public synchronized ArchivedDocument store(String place, String supplier, String dossier,
      DocumentName name, byte[] content, DocumentMetadata metadata) {
    if (!places.contains(place)) {
      throw new LevmanException("the archive has no place '" + place + "'; it has " + places);
    }
    String sha = sha256(content);
    for (int version = 1; ; version++) {
      DocumentRef ref = new DocumentRef(place, supplier, dossier, name, version);
      ArchivedDocument held = documents.get(ref);
      if (held == null) {
        ArchivedDocument doc = new ArchivedDocument(ref, sha, content.length, metadata);
        documents.put(ref, doc);
        contents.put(ref, content.clone());
        return doc;
      }
      if (held.sha256().equals(sha) && held.size() == content.length) {
        return held;
      }
    }
  }

  @Override
  public synchronized List<ArchivedDocument> list(String place) {
    List<ArchivedDocument> all = new ArrayList<>();
    documents.values().stream().filter(d -> place == null || d.ref().place().equals(place))
        .forEach(all::add);
    return all;
  }

  @Override
  public synchronized Optional<ArchivedDocument> find(DocumentRef ref) {
    return Optional.ofNullable(documents.get(ref));
  }

  @Override
  public synchronized byte[] read(DocumentRef ref) {
    byte[] content = contents.get(ref);
    if (content == null) {
      throw new LevmanException("the archive holds no document " + ref);
    }
    if (!sha256(content).equals(documents.get(ref).sha256())) {
      throw new LevmanException("document " + ref + " no longer matches its SHA-256");
    }
    return content.clone();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
