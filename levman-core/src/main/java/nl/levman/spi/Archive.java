package nl.levman.spi;

import java.util.List;
import java.util.Optional;

/**
 * The document archive: the Contractregister, SharePoint Levman, and any place an integrator
 * declares. Implementations must guarantee:
 *
 * <ul>
 *   <li>a store is atomic: afterwards the version is completely readable, or it does not exist;
 *   <li>nothing is overwritten: storing a name that exists makes the next version;
 *   <li>concurrent stores of one name give distinct versions, never a torn document;
 *   <li>the SHA-256 returned is that of the bytes stored, and {@link #read} checks it;
 *   <li>names never leave the archive: a {@link DocumentName} is validated when it is built, and an
 *       implementation also refuses to follow symbolic links;
 *   <li>thread-safety.
 * </ul>
 */
public interface Archive {

  /** Stores a new version; an unknown place or a failing store is a {@code LevmanException}. */
  ArchivedDocument store(
      String place, String supplier, String dossier, DocumentName name, byte[] content,
      DocumentMetadata metadata);

  /** Every stored version, in one place (or all places with {@code null}), oldest first per name. */
  List<ArchivedDocument> list(String place);

  /** The metadata of one version, if it exists. */
  Optional<ArchivedDocument> find(DocumentRef ref);

  /**
   * The bytes of one version; a {@code LevmanException} names the document if it is missing or if
   * its content no longer matches its checksum.
   */
  byte[] read(DocumentRef ref);
}
