package nl.levman.examples.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.levman.Levman;
import nl.levman.api.LevmanEngine;
import nl.levman.api.VirtualClock;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.risk.WeightedHandboekPolicy;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.handbook.ServiceLevelBehaviours;
import nl.levman.handbook.SupplierRiskBehaviours;
import nl.levman.memory.InMemoryArchive;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.InMemoryJaarkalender;
import nl.levman.memory.InMemoryMandates;
import nl.levman.memory.RecordingPublisher;
import nl.levman.model.ArchivePlace;
import nl.levman.model.ProcessDefinition;
import nl.levman.spi.Agreements;

/**
 * The engine a scenario runs on, in memory with a virtual clock, and what the scenario can look
 * at afterwards: the archive and the notifications published. In format 1 every behaviour a
 * definition declares accepts its input as given and records nothing (the flow only). In format 2
 * the handbook's behaviours are bound to what the scenario declares — the SLA, the Mandaatlijst,
 * the ranking's candidates and the risk template — and only behaviours the handbook does not know
 * (of an imported process of one's own) stay flow-only.
 */
record Stage(LevmanEngine engine, VirtualClock clock, InMemoryArchive archive, RecordingPublisher published,
    List<ProcessDefinition> definitions) {

  Stage(Scenario s, List<ProcessDefinition> definitions) {
    this(s, definitions, VirtualClock.at(s.clock()), archive(definitions), new RecordingPublisher());
  }

  private Stage(Scenario s, List<ProcessDefinition> definitions, VirtualClock clock, InMemoryArchive archive,
      RecordingPublisher published) {
    this(engine(s, definitions, clock, archive, published), clock, archive, published, definitions);
  }

  private static InMemoryArchive archive(List<ProcessDefinition> definitions) {
    Set<String> places = new HashSet<>(Set.of("contractregister", "sharepoint-levman"));
    definitions.forEach(d -> d.places().stream().map(ArchivePlace::code).forEach(places::add));
    return new InMemoryArchive(places);
  }

  private static LevmanEngine engine(Scenario s, List<ProcessDefinition> definitions, VirtualClock clock,
      InMemoryArchive archive, RecordingPublisher published) {
    InMemoryDirectory directory = new InMemoryDirectory();
    s.people().forEach(p -> directory.grant(p.person(), p.role(), p.scope()));
    s.delegations().forEach(d -> directory.delegate(d.from(), d.to(), d.role(), d.scope(), d.start(), d.end()));
    InMemoryJaarkalender jaarkalender = new InMemoryJaarkalender();
    s.declared().jaarkalender().forEach(jaarkalender::add);
    Levman.Builder builder = Levman.builder().clock(clock).directory(directory).archive(archive)
        .publisher(published).jaarkalender(jaarkalender);
    definitions.forEach(builder::process);
    builder.behaviours(FlowOnly.of(definitions.toArray(ProcessDefinition[]::new)));
    if (s.format() >= 2) {
      Scenario.Declared d = s.declared();
      InMemoryMandates mandates = new InMemoryMandates();
      d.mandaatlijst().forEach(mandates::add);
      List<StepBehaviour<?>> rules = new ArrayList<>(ServiceLevelBehaviours.with(new Declared(d.slas()), mandates).all());
      rules.addAll(SupplierRiskBehaviours.with(new WeightedHandboekPolicy(d.selected()), day -> d.candidates(),
          d.riskTemplate()).all());
      builder.behaviours(() -> rules);
    }
    return builder.build();
  }

  /** The contract register as the scenario declares it: its SLA, and no DAP. */
  private record Declared(List<ServiceLevelAgreement> slas) implements Agreements {
    @Override
    public Optional<ServiceLevelAgreement> sla(String id) {
      return slas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Dap> dap(String supplier) {
      return Optional.empty();
    }
  }
}
