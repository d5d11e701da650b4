package nl.levman.examples.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.levman.model.ProcessDefinition;

/**
 * What a supplier manager's report shows, as read from the engine at one moment: per supplier its
 * KPIs, deviations, service credits and signals; the open work; the risk reviews; the renewals
 * (process 8); and the processes themselves. Plain data, in both languages; {@link ReportPage}
 * renders it in one. Made by {@link ReportReader}.
 */
public record Report(
    Instant asOf,
    ZoneId zone,
    List<ProcessCount> processes,
    List<SupplierReport> suppliers,
    List<OpenWork> work,
    List<RiskReview> reviews,
    List<Renewal> renewals,
    List<ProcessDefinition> definitions) {

  public Report {
    requireNonNull(asOf, "asOf");
    requireNonNull(zone, "zone");
    processes = List.copyOf(processes);
    suppliers = List.copyOf(suppliers);
    work = List.copyOf(work);
    reviews = List.copyOf(reviews);
    renewals = List.copyOf(renewals);
    definitions = List.copyOf(definitions);
  }

  /** The day of {@link #asOf} where the report is read. */
  public LocalDate today() {
    return LocalDate.ofInstant(asOf, zone);
  }

  /** How many instances of a process are running and finished. */
  public record ProcessCount(String key, Words name, int running, int finished) {}

  /** The open work items that are past their due date. */
  public List<OpenWork> overdue() {
    return work.stream().filter(OpenWork::overdue).toList();
  }
}
