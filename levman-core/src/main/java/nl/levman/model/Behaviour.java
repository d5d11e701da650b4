package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * What a step declares about the domain behaviour that runs when it is completed: the name the
 * behaviour is bound under (an engine refuses to run a definition whose behaviours are not bound),
 * what it reads from the completion (documents and fields, shown by every rendering of the step
 * table), what it records, and the triggers by which it may raise a raisable step.
 *
 * @param name the stable name the implementation is bound under, such as {@code slm.slr-delivery}
 * @param reads the documents the behaviour reads; each must be presented with the completion
 * @param fields the fields the behaviour reads from the completion, by name
 * @param summaryNl what the behaviour does, in Dutch
 * @param summaryEn what the behaviour does, in English
 * @param triggers the triggers it may raise; a raisable step names the triggers it answers
 */
public record Behaviour(
    String name,
    List<DocumentType> reads,
    List<String> fields,
    String summaryNl,
    String summaryEn,
    Set<String> triggers) {

  public Behaviour {
    requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
      throw new LevmanException("behaviour name '" + name + "' must be lower-case kebab case");
    }
    reads = List.copyOf(reads);
    fields = List.copyOf(fields);
    requireNonNull(summaryNl, "summaryNl");
    requireNonNull(summaryEn, "summaryEn");
    triggers = Set.copyOf(triggers);
  }

  /** Starts a declaration. */
  public static Behaviour named(String name) {
    return new Behaviour(name, List.of(), List.of(), name, name, Set.of());
  }

  public Behaviour reads(DocumentType... documents) {
    return new Behaviour(name, List.of(documents), fields, summaryNl, summaryEn, triggers);
  }

  public Behaviour fields(String... names) {
    return new Behaviour(name, reads, List.of(names), summaryNl, summaryEn, triggers);
  }

  public Behaviour summary(String nl, String en) {
    return new Behaviour(name, reads, fields, nl, en, triggers);
  }

  public Behaviour triggers(String... raised) {
    return new Behaviour(name, reads, fields, summaryNl, summaryEn, Set.of(raised));
  }

  public String summary(Language language) {
    return language == Language.NL ? summaryNl : summaryEn;
  }
}
