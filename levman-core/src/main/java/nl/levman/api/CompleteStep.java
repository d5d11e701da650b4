package nl.levman.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.WorkItemId;

/**
 * Completes an open work item as a person: with the gate's outcome where the step is a decision
 * gate, the documents the step needs or produces, the item lists it declares (such as the selected
 * suppliers at risk-review step 2: {@code "supplier" -> [acme, globex]}), the fields the step's
 * behaviour reads (such as the signatures under a changed SLA), and a note. Fields are the person's
 * input, recorded verbatim; they never set a value Levman computes.
 */
public record CompleteStep(
    CommandId command,
    InstanceId instance,
    WorkItemId item,
    PersonId by,
    Optional<String> outcome,
    List<DocumentInput> documents,
    Map<String, List<String>> declares,
    Map<String, String> fields,
    Optional<String> note) {
  public CompleteStep {
    requireNonNull(command, "command");
    requireNonNull(instance, "instance");
    requireNonNull(item, "item");
    requireNonNull(by, "by");
    requireNonNull(outcome, "outcome");
    documents = List.copyOf(documents);
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    declares.forEach((kind, items) -> lists.put(kind, List.copyOf(items)));
    declares = java.util.Collections.unmodifiableMap(lists);
    fields = Map.copyOf(fields);
    requireNonNull(note, "note");
  }

  /** Starts a completion of one work item; the builder reads like what the person does. */
  public static Builder of(CommandId command, InstanceId instance, WorkItemId item, PersonId by) {
    return new Builder(command, instance, item, by);
  }

  /** Collects the optional parts of a completion. */
  public static final class Builder {
    private final CommandId command;
    private final InstanceId instance;
    private final WorkItemId item;
    private final PersonId by;
    private String outcome;
    private final List<DocumentInput> documents = new java.util.ArrayList<>();
    private final Map<String, List<String>> declares = new java.util.LinkedHashMap<>();
    private final Map<String, String> fields = new java.util.LinkedHashMap<>();
    private String note;

    private Builder(CommandId command, InstanceId instance, WorkItemId item, PersonId by) {
      this.command = command;
      this.instance = instance;
      this.item = item;
      this.by = by;
    }

    public Builder outcome(String chosen) {
      this.outcome = chosen;
      return this;
    }

    public Builder document(DocumentInput document) {
      documents.add(document);
      return this;
    }

    public Builder declares(String kind, List<String> items) {
      declares.put(kind, List.copyOf(items));
      return this;
    }

    /** A field the step's behaviour reads, such as {@code signatures}. */
    public Builder field(String name, String value) {
      fields.put(name, value);
      return this;
    }

    public Builder note(String text) {
      this.note = text;
      return this;
    }

    public CompleteStep build() {
      return new CompleteStep(command, instance, item, by, Optional.ofNullable(outcome), documents,
          declares, fields, Optional.ofNullable(note));
    }
  }
}
