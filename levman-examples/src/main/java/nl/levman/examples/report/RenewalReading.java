package nl.levman.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.api.HistoryEntry;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.ProcessDefinition;
import nl.levman.spi.InstanceSummary;

/** Reads a linked process's history (process 8) into a {@link Renewal}: every outcome chosen at a gate. */
final class RenewalReading {
  private RenewalReading() {}

  static Renewal read(InstanceSummary instance, List<HistoryEntry> history, Optional<ProcessDefinition> definition,
      Optional<InstanceId> startedFrom) {
    List<Renewal.Decision> decisions = new ArrayList<>();
    for (HistoryEntry entry : history) {
      if (entry.event() instanceof Event.StepCompleted c && c.outcome().isPresent()) {
        Words label = definition.flatMap(d -> d.findStep(c.step()))
            .map(s -> new Words(s.labelNl(), s.labelEn()).firstLine()).orElse(new Words("", ""));
        decisions.add(new Renewal.Decision(c.step(), label, c.outcome().get(), c.by().value(),
            c.onBehalfOf().map(p -> p.value()), entry.at()));
      }
    }
    return new Renewal(instance.id(), instance.processKey(), instance.supplier(), startedFrom,
        instance.startedAt(), decisions, instance.status() == InstanceStatus.RUNNING);
  }
}
