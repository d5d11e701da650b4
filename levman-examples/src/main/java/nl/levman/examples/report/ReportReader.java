package nl.levman.examples.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.levman.api.HistoryEntry;
import nl.levman.api.LevmanEngine;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.handbook.Handbook;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.ProcessDefinition;
import nl.levman.spi.Agreements;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.Instances;

/**
 * Makes a {@link Report} from what a host can read: every instance in the store, each one's
 * history through the engine, the open work list, and the SLAs in the contract register (for the
 * KPIs' targets). Reads only. Service Level Management instances become supplier reports, risk
 * reviews risk reviews, and processes started by a link (process 8) renewals.
 */
public final class ReportReader {
  private static final int PAGE = 500;
  private static final int MAX_WORK = 10_000;

  private final LevmanEngine engine;
  private final Instances instances;
  private final Agreements agreements;
  private final Clock clock;

  private ReportReader(LevmanEngine engine, Instances instances, Agreements agreements, Clock clock) {
    this.engine = engine;
    this.instances = instances;
    this.agreements = agreements;
    this.clock = clock;
  }

  /** The report as the store holds it at the clock's now. */
  public static Report read(LevmanEngine engine, Instances instances, Agreements agreements, Clock clock) {
    return new ReportReader(engine, instances, agreements, clock).read();
  }

  private Report read() {
    Instant now = clock.instant();
    List<InstanceSummary> all = all();
    Map<InstanceId, List<HistoryEntry>> histories = new HashMap<>();
    Map<InstanceId, InstanceId> linkedFrom = new HashMap<>();
    for (InstanceSummary s : all) {
      List<HistoryEntry> history = engine.history(s.id());
      histories.put(s.id(), history);
      history.stream().map(HistoryEntry::event).filter(Event.ProcessLinked.class::isInstance)
          .map(Event.ProcessLinked.class::cast).flatMap(l -> l.started().stream())
          .forEach(started -> linkedFrom.put(started, s.id()));
    }
    List<SupplierReport> suppliers = new ArrayList<>();
    List<RiskReview> reviews = new ArrayList<>();
    List<Renewal> renewals = new ArrayList<>();
    for (InstanceSummary s : all) {
      List<HistoryEntry> history = histories.get(s.id());
      if (s.processKey().equals(Handbook.SERVICE_LEVEL_MANAGEMENT)) {
        suppliers.add(SlmReading.read(s, history, agreements));
      } else if (s.processKey().equals(Handbook.SUPPLIER_RISK_REVIEW)) {
        reviews.add(ReviewReading.read(s, history, java.time.LocalDate.ofInstant(now, clock.getZone())));
      } else if (linkedFrom.containsKey(s.id()) || s.processKey().equals(Handbook.RENEWAL_OR_END)) {
        renewals.add(RenewalReading.read(s, history, engine.processes().latest(s.processKey()),
            Optional.ofNullable(linkedFrom.get(s.id()))));
      }
    }
    suppliers.sort(Comparator.comparing(SupplierReport::supplier).thenComparing(r -> r.instance().value()));
    renewals.sort(Comparator.comparing((Renewal r) -> r.supplier().orElse("")).thenComparing(r -> r.instance().value()));
    return new Report(now, clock.getZone(), counts(all), suppliers, work(now), reviews, renewals, definitions());
  }

  private List<InstanceSummary> all() {
    List<InstanceSummary> all = new ArrayList<>();
    InstanceId after = null;
    while (true) {
      List<InstanceSummary> page = instances.list(after, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private List<Report.ProcessCount> counts(List<InstanceSummary> all) {
    Map<String, int[]> counts = new TreeMap<>(Comparator.comparingInt(ReportReader::order).thenComparing(k -> k));
    for (InstanceSummary s : all) {
      counts.computeIfAbsent(s.processKey(), k -> new int[2])[s.status() == InstanceStatus.RUNNING ? 0 : 1]++;
    }
    List<Report.ProcessCount> list = new ArrayList<>();
    counts.forEach((key, n) -> list.add(new Report.ProcessCount(key, name(key), n[0], n[1])));
    return list;
  }

  /** Open work, overdue first, then by due date (none last) and by instance. */
  private List<OpenWork> work(Instant now) {
    List<OpenWork> work = new ArrayList<>();
    for (WorkItem w : engine.workList(WorkQuery.all().limit(MAX_WORK))) {
      boolean overdue = w.due().filter(now::isAfter).isPresent();
      work.add(new OpenWork(w.instance(), w.processKey(), name(w.processKey()), w.step(), w.role(),
          new Words(w.labelNl(), w.labelEn()).firstLine(), w.supplier(), w.subjects(), w.period(), w.openedAt(),
          w.due(), overdue));
    }
    work.sort(Comparator.comparing((OpenWork w) -> !w.overdue())
        .thenComparing(w -> w.due().orElse(Instant.MAX))
        .thenComparing(w -> w.instance().value()).thenComparingInt(OpenWork::step));
    return work;
  }

  private List<ProcessDefinition> definitions() {
    Map<String, ProcessDefinition> latest = new TreeMap<>(
        Comparator.comparingInt(ReportReader::order).thenComparing(k -> k));
    for (ProcessDefinition d : engine.processes().all()) {
      latest.merge(d.key(), d, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return List.copyOf(latest.values());
  }

  private Words name(String key) {
    return engine.processes().latest(key)
        .map(d -> new Words(d.name(nl.levman.model.Language.NL), d.name(nl.levman.model.Language.EN)))
        .orElse(new Words(key, key));
  }

  /** The handbook's processes first, then process 8, then any other. */
  private static int order(String key) {
    return switch (key) {
      case Handbook.SERVICE_LEVEL_MANAGEMENT -> 0;
      case Handbook.SUPPLIER_RISK_REVIEW -> 1;
      case Handbook.RENEWAL_OR_END -> 2;
      default -> 3;
    };
  }
}
