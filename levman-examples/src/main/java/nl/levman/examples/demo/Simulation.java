package nl.levman.examples.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.levman.api.CommandResult;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.domain.risk.WeightedHandboekPolicy;
import nl.levman.examples.cli.DirectoryFile;
import nl.levman.examples.cli.Wiring;
import nl.levman.examples.demo.Suppliers.Supplier;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelBehaviours;
import nl.levman.handbook.SupplierRiskBehaviours;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.InMemoryJaarkalender;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.spi.Jaarkalender;

/**
 * A simulated period on the virtual clock: for each supplier Service Level Management from the
 * handover through process 8, the monthly SLRs (some suppliers degrade), and each year the risk
 * review started by the Jaarkalender. It stops a little before the SLAs end, as a department's
 * working day would find it: the last period still running, one supplier late with its SLR, the
 * exit plans of process 8 waiting for the end of the term.
 */
final class Simulation {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final LocalDate START = LocalDate.of(2026, 1, 1);
  final List<Supplier> suppliers;
  final Stats stats;
  final LevmanEngine engine;
  final VirtualClock clock = VirtualClock.at(LocalDate.of(2026, 1, 1).atTime(8, 0).atZone(ZONE).toInstant());
  final nl.levman.memory.InMemoryAgreements register = new nl.levman.memory.InMemoryAgreements();
  private final int years;
  private final Office office;
  private final PrintWriter out;

  Simulation(Wiring wiring, int supplierCount, int years, long seed, PrintWriter out) {
    this.years = years;
    this.out = out;
    Random random = new Random(seed);
    this.suppliers = Suppliers.create(supplierCount, years, random);
    this.stats = new Stats(suppliers);
    List<DirectoryFile.Grant> grants = People.grants(suppliers);
    DirectoryFile.save(wiring.data, grants);
    InMemoryDirectory directory = DirectoryFile.load(wiring.data);
    for (Supplier s : suppliers) {
      if (People.serviceOwner(s.id()).equals("dirk")) {
        directory.delegate("dirk", "pim", "DE", Scope.service(s.service()), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30));
      }
    }
    InMemoryJaarkalender calendar = new InMemoryJaarkalender();
    for (int y = 0; y < years; y++) {
      calendar.add(new Jaarkalender.Entry("risk-review-" + (2026 + y), Handbook.SUPPLIER_RISK_REVIEW,
          LocalDate.of(2026 + y, 3, 1), "Periodieke review leveranciersrisico's " + (2026 + y), "carla",
          Map.of("review", "review-" + (2026 + y))));
    }
    suppliers.forEach(s -> register.add(s.sla()).add(s.dap()));
    var mandates = new nl.levman.memory.InMemoryMandates()
        .add(new Mandaatlijst.Version(LocalDate.of(2025, 1, 1), List.of()));
    this.engine = wiring.builder(clock).directory(directory).jaarkalender(calendar)
        .behaviours(ServiceLevelBehaviours.with(register, mandates))
        .behaviours(SupplierRiskBehaviours.with(new WeightedHandboekPolicy(Math.max(1, supplierCount / 2)),
            this::candidates, RiskProfileTemplate.standard()))
        .build();
    this.office = new Office(engine, suppliers, random, stats, clock);
  }

  private List<Candidate> candidates(LocalDate today) {
    List<Candidate> list = new ArrayList<>();
    for (Supplier s : suppliers) {
      list.add(new Candidate(s.id(), Optional.ofNullable(stats.profiles.get(s.id())).map(p -> p.residualScore()),
          s.criticality(), s.sla().monthlyFee().times(java.math.BigDecimal.valueOf(12)), Optional.empty()));
    }
    return list;
  }

  void run() {
    for (Supplier s : suppliers) {
      CommandResult r = engine.start(new StartProcess(CommandId.of("handover-" + s.sla().id()),
          InstanceId.of(s.sla().id()), Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of("ann"),
          new ProcessContext(Optional.of(s.id()), Optional.of(s.sla().id()), Optional.of(s.service()),
              Map.of(Handbook.DAP_WANTED, s.wantsDap()), Map.of(), Optional.of(s.sla().term()),
              Map.of("instance", s.sla().id()))));
      if (!r.accepted()) {
        throw new IllegalStateException("cannot start SLM for " + s.id() + ": " + r);
      }
    }
    office.workOff();
    int months = 12 * years;
    office.holdBack(suppliers.get(0).id(), months - 1);
    for (int month = 1; month < months; month++) {
      LocalDate day = START.plusMonths(month).withDayOfMonth(2);
      clock.set(day.atTime(9, 0).atZone(ZONE).toInstant());
      engine.runDue();
      int done = office.workOff();
      out.printf("  %s  %3d steps  (month %d of %d)%n", day.minusMonths(1).toString().substring(0, 7), done, month, months);
      out.flush();
    }
    clock.set(stop().atTime(9, 0).atZone(ZONE).toInstant());
    engine.runDue();
    int done = office.workOff();
    out.printf("  %s  %3d steps  (stopped on %s, before the SLAs end on %s)%n", stop().toString().substring(0, 7),
        done, stop(), end());
  }

  int years() {
    return years;
  }

  /** The day the SLAs end: the simulated years after the start. */
  LocalDate end() {
    return START.plusYears(years);
  }

  /** The day the simulation stops: in the last period, after the SLR of the period before was due. */
  LocalDate stop() {
    return end().minusDays(17);
  }
}
