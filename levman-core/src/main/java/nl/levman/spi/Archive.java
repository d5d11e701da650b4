package nl.levman.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import nl.levman.model.LevmanException;

/**
 * The document archive: the Contractregister, SharePoint Levman, and any place an integrator
 * declares. Implementations must guarantee:
 *
 * <ul>
 *   <li>a store is atomic: afterwards the version is completely readable, or it does not exist; a
 *       store that fails (its stream throws, the disk is full) leaves nothing behind, not even a
 *       temporary file, and the failure propagates;
 *   <li>content-addressed versions: a version is one distinct content of a name (in one place,
 *       supplier and dossier), numbered from 1 in the order its content was first stored. Storing
 *       bytes the name already holds (the same SHA-256 and size) returns that version as it is, with
 *       the metadata of its first store, and writes nothing; other bytes make the next version. So a
 *       retried store never multiplies a document, and nothing is ever overwritten;
 *   <li>concurrent stores of one name give one version per distinct content, never a torn
 *       document;
 *   <li>the SHA-256 returned is that of the bytes stored, and {@link #read} and {@link #open}
 *       check it;
 *   <li>names never leave the archive: a {@link DocumentName} is validated when it is built, and an
 *       implementation also refuses to follow symbolic links;
 *   <li>thread-safety.
 * </ul>
 *
 * <p>Only {@link #store(String, String, String, DocumentName, byte[], DocumentMetadata)}, {@link
 * #list}, {@link #find} and {@link #read} must be implemented. The engine stores and reads through
 * the streaming methods, whose defaults hold the whole document in memory: an archive that keeps
 * large documents (such as the file-system archive) overrides them to stream.
 */
public interface Archive {

  /**
   * Stores content given as bytes, as {@link #store(String, String, String, DocumentName,
   * InputStream, DocumentMetadata)} does; an unknown place or a failing store is a {@code
   * LevmanException}.
   */
  ArchivedDocument store(
      String place, String supplier, String dossier, DocumentName name, byte[] content,
      DocumentMetadata metadata);

  /**
   * Stores the content read from the stream to its end (the caller closes it): a new version, or
   * the version that already holds these bytes. An exception the stream throws propagates (an
   * {@code IOException} as a {@code LevmanException} naming the document), and nothing is stored.
   * The default reads the stream into memory.
   */
  default ArchivedDocument store(
      String place, String supplier, String dossier, DocumentName name, InputStream content,
      DocumentMetadata metadata) {
    byte[] bytes;
    try {
      bytes = content.readAllBytes();
    } catch (IOException e) {
      throw new LevmanException("cannot read document " + place + "/" + supplier + "/" + dossier
          + "/" + name + " to store it: " + e.getMessage(), e);
    }
    return store(place, supplier, dossier, name, bytes, metadata);
  }

  /** Every stored version, in one place (or all places with {@code null}), oldest first per name. */
  List<ArchivedDocument> list(String place);

  /** The metadata of one version, if it exists. */
  Optional<ArchivedDocument> find(DocumentRef ref);

  /**
   * The bytes of one version; a {@code LevmanException} names the document if it is missing or if
   * its content no longer matches its checksum.
   */
  byte[] read(DocumentRef ref);

  /**
   * The bytes of one version as a stream the caller closes: a missing document is a {@code
   * LevmanException} at once; content that no longer matches its checksum is one when the stream
   * reaches its end. The default reads the whole document with {@link #read}.
   */
  default InputStream open(DocumentRef ref) {
    return new ByteArrayInputStream(read(ref));
  }

  /**
   * What the archive holds besides complete versions: writes a crash interrupted, files that are
   * not Levman's, and versions whose metadata cannot be read (which {@link #list} leaves out). An
   * archive that can hold none of these keeps the default, which finds nothing.
   */
  default List<ArchiveFinding> findings() {
    return List.of();
  }
}
