package nl.levman.walk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.Desk;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelBehaviours;
import nl.levman.model.CommandId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Step;

/**
 * The domain content a person hands in at a step whose behaviour reads it, valid by construction:
 * the fixtures' inputs ({@link Desk#withInputs}), varied where the variation changes nothing the
 * reference model follows (an SLR with a warning or a breach, a decision to escalate or to fine, a
 * changed DAP or SLR instead of an SLA) or where the walk tells the model what the behaviour does
 * with it (a decision to change the SLA raises the {@code sla-change} trigger; mitigation actions
 * agreed with due dates). The model never judges this content; it only knows it is valid. Steps
 * that archive nothing and whose behaviour (if any) reads nothing take no content.
 */
final class DomainInputs {
  private DomainInputs() {}

  /** Documents and fields to hand in, and what the behaviour will do with them. */
  record Content(List<DocumentInput> documents, Map<String, String> fields,
      ReferenceModel.Effects effects) {}

  /**
   * Valid content for the work item; plain: the fixtures' content as it is. {@code
   * mitigationActions}: the mitigation actions declared where the item is (for review step 8).
   */
  static Content of(Desk desk, Step step, WorkItem item, ProcessContext context, Random random,
      boolean plain, List<String> mitigationActions, LocalDate today) {
    boolean input = !step.archives().isEmpty() || step.behaviour()
        .map(b -> !b.reads().isEmpty() || !b.fields().isEmpty()).orElse(false);
    CompleteStep probe = CompleteStep.of(CommandId.of("probe"), item.instance(), item.id(),
        PersonId.of("probe")).build();
    if (input) {
      probe = desk.withInputs(item.instance().value(), item, CompleteStep.of(CommandId.of("probe"),
          item.instance(), item.id(), PersonId.of("probe"))).build();
    }
    List<DocumentInput> documents = new ArrayList<>(probe.documents());
    Map<String, String> fields = new LinkedHashMap<>(probe.fields());
    Set<String> triggers = Set.of();
    Map<String, Map<String, LocalDate>> itemsDue = Map.of();
    if (plain) {
      return new Content(documents, fields, ReferenceModel.Effects.NONE);
    }
    switch (item.processKey() + ":" + item.step()) {
      case "service-level-management:6", "service-level-management:17" -> {
        if (item.step() == 17) {
          String changed = List.of("sla", "dap", "slr").get(random.nextInt(3));
          documents.removeIf(d -> d.type().equals("sla"));
          documents.add(DocumentInput.of(changed, changed + "-changed.pdf", changed + ", changed and signed"));
          fields.put("changed", changed);
        }
        if (random.nextBoolean()) {
          fields.put("value", "0");
        }
      }
      case "service-level-management:12" -> {
        String contract = context.contract().orElseThrow();
        String availability = List.of("99.95", "99.95", "99.5", "98.0").get(random.nextInt(4));
        documents.replaceAll(d -> d.type().equals("slr") ? DocumentInput.of("slr", d.name().value(),
            desk.kit.slr(contract, item.period(), availability)) : d);
        if (random.nextInt(4) == 0) {
          fields.put("correction", "false");
        }
      }
      case "service-level-management:15" -> {
        List<String> decisions = new ArrayList<>();
        if (random.nextBoolean()) {
          decisions.add("{\"type\":\"extra-meeting\",\"date\":\"" + today.plusDays(7)
              + "\",\"topic\":\"performance\"}");
        }
        if (random.nextInt(3) == 0) {
          decisions.add("{\"type\":\"sla-change\",\"what\":\"the availability target\"}");
          triggers = Set.of(ServiceLevelBehaviours.SLA_CHANGE);
        }
        if (random.nextInt(5) == 0) {
          decisions.add("{\"type\":\"escalation\",\"level\":2,\"reason\":\"keeps failing\"}");
        }
        if (random.nextInt(4) == 0) {
          decisions.add("{\"type\":\"penalty\"}");
        }
        documents.replaceAll(d -> d.type().equals(Handbook.DECISIONS.code())
            ? DocumentInput.of(d.type(), d.name().value(), "[" + String.join(",", decisions) + "]") : d);
      }
      case "supplier-risk-review:8" -> {
        if (!mitigationActions.isEmpty() && random.nextBoolean()) {
          Map<String, LocalDate> due = new LinkedHashMap<>();
          List<String> agreed = new ArrayList<>();
          for (String action : mitigationActions) {
            if (random.nextInt(3) > 0) {
              LocalDate by = today.plusDays(random.nextInt(30));
              due.put(action, by);
              agreed.add("{\"id\":\"" + action + "\",\"description\":\"do " + action
                  + "\",\"due\":\"" + by + "\"}");
            }
          }
          documents.add(DocumentInput.of(Handbook.MITIGATION_ACTIONS.code(), "acties.json",
              "[" + String.join(",", agreed) + "]"));
          itemsDue = Map.of(Handbook.MITIGATION_ACTION, due);
        }
      }
      default -> { }
    }
    return new Content(documents, fields, new ReferenceModel.Effects(triggers, itemsDue));
  }

  /**
   * A document of this type as a person would add it to a step that does not ask for it: content
   * no behaviour can refuse (review step 8 reads mitigation actions whenever they are presented).
   */
  static DocumentInput filler(String type) {
    String content = type.equals(Handbook.MITIGATION_ACTIONS.code()) ? "[]" : "content of " + type;
    return DocumentInput.of(type, type + ".txt", content);
  }

  /** A document of this type that cannot be read as what it should be. */
  static DocumentInput unreadable(String type) {
    return DocumentInput.of(type, type + ".json", "this is not {json");
  }

}
