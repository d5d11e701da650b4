package nl.levman.examples.report;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.InstanceId;

/**
 * An open work item as the report lists it: where it is, whose it is, what it is about, when it is
 * due, and whether that date has passed.
 */
public record OpenWork(
    InstanceId instance,
    String processKey,
    Words process,
    int step,
    String role,
    Words label,
    Optional<String> supplier,
    Map<String, String> subjects,
    int period,
    Instant openedAt,
    Optional<Instant> due,
    boolean overdue) {
  public OpenWork {
    subjects = Map.copyOf(subjects);
  }
}
