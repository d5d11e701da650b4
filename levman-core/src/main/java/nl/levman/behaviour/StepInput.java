package nl.levman.behaviour;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.DocumentInput;

/**
 * What a person handed in with a completion, as a behaviour's decoder sees it: the step, the
 * gate's outcome, the documents, the declared item lists and the fields.
 */
public record StepInput(
    int step,
    Optional<String> outcome,
    List<DocumentInput> documents,
    Map<String, List<String>> declared,
    Map<String, String> fields) {

  public StepInput {
    requireNonNull(outcome, "outcome");
    documents = List.copyOf(documents);
    declared = Map.copyOf(declared);
    fields = Map.copyOf(fields);
  }

  /** The last presented document of this type. */
  public Optional<DocumentInput> document(String type) {
    return documents.stream().filter(d -> d.type().equals(type)).reduce((a, b) -> b);
  }

  /** The last presented document of this type, as UTF-8 text. */
  public Optional<String> text(String type) {
    return document(type).map(d -> new String(d.content(), StandardCharsets.UTF_8));
  }

  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }
}
