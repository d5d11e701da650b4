package nl.levman.importer;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelBehaviours;
import nl.levman.handbook.SupplierRiskBehaviours;
import nl.levman.model.ArchivePlace;
import nl.levman.model.Behaviour;
import nl.levman.model.DocumentType;
import nl.levman.model.Role;

/**
 * The words the importer knows: which Dutch words in the Verantwoordelijke column mean which role,
 * which document and archive place names the table's last two columns use, which behaviours an
 * overlay may place at a step (by name), and which process key a number such as "proces 8" means.
 *
 * <p>A role, document or place is always known by its code and its Dutch name; further words are
 * added with it. Matching ignores case, quotes and repeated spaces. {@link #handbook()} knows the
 * handbook's own; an integrator extends it. Immutable: every {@code with…} method returns a new
 * vocabulary.
 */
public final class Vocabulary {
  private final Map<String, Role> roles;
  private final Map<String, String> roleWords;
  private final Map<String, DocumentType> documents;
  private final Map<String, String> documentWords;
  private final Map<String, ArchivePlace> places;
  private final Map<String, String> placeWords;
  private final Map<String, Behaviour> behaviours;
  private final Map<Integer, String> processes;

  private Vocabulary(Vocabulary from) {
    this.roles = new LinkedHashMap<>(from == null ? Map.of() : from.roles);
    this.roleWords = new LinkedHashMap<>(from == null ? Map.of() : from.roleWords);
    this.documents = new LinkedHashMap<>(from == null ? Map.of() : from.documents);
    this.documentWords = new LinkedHashMap<>(from == null ? Map.of() : from.documentWords);
    this.places = new LinkedHashMap<>(from == null ? Map.of() : from.places);
    this.placeWords = new LinkedHashMap<>(from == null ? Map.of() : from.placeWords);
    this.behaviours = new LinkedHashMap<>(from == null ? Map.of() : from.behaviours);
    this.processes = new LinkedHashMap<>(from == null ? Map.of() : from.processes);
  }

  /** A vocabulary that knows nothing. */
  public static Vocabulary empty() {
    return new Vocabulary(null);
  }

  /**
   * The handbook's roles (SLM, Leverancier, Diensteigenaar, Productmanager, CM, Coördinerende CM,
   * MT, Inkoop), documents and places of {@link Handbook}, the behaviours of {@link
   * ServiceLevelBehaviours} and {@link SupplierRiskBehaviours}, and process 8 as {@link
   * Handbook#RENEWAL_OR_END}.
   */
  public static Vocabulary handbook() {
    return empty()
        .withRole(Handbook.SLM, "Service Level Manager")
        .withRole(Handbook.LEV)
        .withRole(Handbook.DE)
        .withRole(Handbook.PM, "product manager")
        .withRole(Handbook.CM, "Contractmanager", "contract manager")
        .withRole(Handbook.CCM, "coördinerende contractmanager")
        .withRole(Handbook.MT, "Managementteam")
        .withRole(Handbook.INK, "Inkoop", "Inkoop EA")
        .withDocument(Handbook.SLA).withDocument(Handbook.DAP).withDocument(Handbook.SLR)
        .withDocument(Handbook.DECISIONS).withDocument(Handbook.HANDLEIDING)
        .withDocument(Handbook.MANDAATLIJST).withDocument(Handbook.JAARKALENDER)
        .withDocument(Handbook.RISK_PROFILE_TEMPLATE).withDocument(Handbook.RISK_PROFILE)
        .withDocument(Handbook.MITIGATION_ACTIONS)
        .withPlace(Handbook.CONTRACTREGISTER, "Contractenregister")
        .withPlace(Handbook.SHAREPOINT)
        .withBehaviours(ServiceLevelBehaviours.DAP_MEETINGS, ServiceLevelBehaviours.DAP_SIGNED,
            ServiceLevelBehaviours.SLR_DELIVERY, ServiceLevelBehaviours.STEERING,
            ServiceLevelBehaviours.CHANGE_SIGNED, SupplierRiskBehaviours.RANKING,
            SupplierRiskBehaviours.RISK_PROFILE, SupplierRiskBehaviours.FINAL_RISK_PROFILE,
            SupplierRiskBehaviours.MT_MEETING, SupplierRiskBehaviours.MITIGATION_ACTIONS)
        .withProcess(8, Handbook.RENEWAL_OR_END);
  }

  /** Knows the role by its code, its Dutch name and these further words; a word names one role. */
  public Vocabulary withRole(Role role, String... words) {
    Vocabulary v = new Vocabulary(this);
    v.roles.put(role.code(), role);
    v.roleWords.put(Words.key(role.code()), role.code());
    v.roleWords.put(Words.key(role.nameNl()), role.code());
    for (String w : words) {
      v.roleWords.put(Words.key(w), role.code());
    }
    return v;
  }

  /** Knows the document type by its code, its Dutch name and these further words. */
  public Vocabulary withDocument(DocumentType document, String... words) {
    Vocabulary v = new Vocabulary(this);
    v.documents.put(document.code(), document);
    v.documentWords.put(Words.key(document.code()), document.code());
    v.documentWords.put(Words.key(document.nameNl()), document.code());
    for (String w : words) {
      v.documentWords.put(Words.key(w), document.code());
    }
    return v;
  }

  /** Knows the archive place by its code, its Dutch name and these further words. */
  public Vocabulary withPlace(ArchivePlace place, String... words) {
    Vocabulary v = new Vocabulary(this);
    v.places.put(place.code(), place);
    v.placeWords.put(Words.key(place.code()), place.code());
    v.placeWords.put(Words.key(place.nameNl()), place.code());
    for (String w : words) {
      v.placeWords.put(Words.key(w), place.code());
    }
    return v;
  }

  /** Knows these behaviour declarations, which an overlay places at a step by name. */
  public Vocabulary withBehaviours(Behaviour... declared) {
    Vocabulary v = new Vocabulary(this);
    for (Behaviour b : declared) {
      v.behaviours.put(b.name(), requireNonNull(b, "behaviour"));
    }
    return v;
  }

  /** Knows that "proces {@code number}" in the handbook is the process registered under this key. */
  public Vocabulary withProcess(int number, String key) {
    Vocabulary v = new Vocabulary(this);
    v.processes.put(number, requireNonNull(key, "key"));
    return v;
  }

  /** The role with this code. */
  public Optional<Role> role(String code) {
    return Optional.ofNullable(roles.get(code));
  }

  /** The document type with this code. */
  public Optional<DocumentType> document(String code) {
    return Optional.ofNullable(documents.get(code));
  }

  /** The archive place with this code. */
  public Optional<ArchivePlace> place(String code) {
    return Optional.ofNullable(places.get(code));
  }

  /** The behaviour declared under this name. */
  public Optional<Behaviour> behaviour(String name) {
    return Optional.ofNullable(behaviours.get(name));
  }

  /** The key of the handbook's process with this number. */
  public Optional<String> process(int number) {
    return Optional.ofNullable(processes.get(number));
  }

  /** The role a Dutch word of the Verantwoordelijke column names. */
  public Optional<Role> roleNamed(String word) {
    return Optional.ofNullable(roleWords.get(Words.key(word))).map(roles::get);
  }

  /** The document type a name in the table names. */
  public Optional<DocumentType> documentNamed(String word) {
    return Optional.ofNullable(documentWords.get(Words.key(word))).map(documents::get);
  }

  /** The archive place a name in the table names. */
  public Optional<ArchivePlace> placeNamed(String word) {
    return Optional.ofNullable(placeWords.get(Words.key(word))).map(places::get);
  }

  Map<String, String> documentWords() {
    return documentWords;
  }

  Map<String, String> placeWords() {
    return placeWords;
  }

  /** The roles by their Dutch names, for messages: "Leverancier (LEV)". */
  String roleNames() {
    return String.join(", ", roles.values().stream()
        .map(r -> r.nameNl().equals(r.code()) ? r.code() : r.nameNl() + " (" + r.code() + ")").toList());
  }

  /** The documents by their Dutch names, for messages. */
  String documentNames() {
    return String.join(", ", documents.values().stream().map(DocumentType::nameNl).toList());
  }

  /** The archive places by their Dutch names, for messages. */
  String placeNames() {
    return String.join(", ", places.values().stream().map(ArchivePlace::nameNl).toList());
  }

  java.util.Set<String> behaviourNames() {
    return behaviours.keySet();
  }
}
