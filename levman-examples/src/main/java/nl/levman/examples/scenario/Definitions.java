package nl.levman.examples.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.importer.HandbookImporter;
import nl.levman.importer.ImportResult;
import java.util.TreeSet;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import nl.levman.spi.Jaarkalender;
import org.example.contractregister.RenewalOrEndOfContract;

/**
 * The processes a scenario runs on: the built ones, or, when it names a {@code definition}, the
 * process imported from that step table first, in place of the built one with its key. Every
 * process the scenario names must be one of them.
 */
final class Definitions {
  private Definitions() {}

  static List<ProcessDefinition> of(Scenario scenario, Path file) {
    List<ProcessDefinition> all = new ArrayList<>();
    List<ProcessDefinition> built = List.of(ServiceLevelManagement.definition(), SupplierRiskReview.definition(),
        RenewalOrEndOfContract.definition());
    if (scenario.definition().isPresent()) {
      ProcessDefinition imported = imported(scenario.definition().get(), file);
      all.add(imported);
      built.stream().filter(d -> !d.key().equals(imported.key())).forEach(all::add);
    } else {
      all.addAll(built);
    }
    List<String> keys = all.stream().map(ProcessDefinition::key).toList();
    scenario.process().ifPresent(p -> known(keys, p, "process"));
    scenario.commands().stream().filter(Scenario.StartAnother.class::isInstance).map(Scenario.StartAnother.class::cast)
        .forEach(s -> known(keys, s.start().process(), s.at() + ".start.process"));
    List<Jaarkalender.Entry> entries = scenario.declared().jaarkalender();
    for (int i = 0; i < entries.size(); i++) {
      known(keys, entries.get(i).processKey(), "jaarkalender[" + i + "].process");
    }
    for (int i = 0; i < scenario.people().size(); i++) {
      Scenario.Grant g = scenario.people().get(i);
      held(all, g.role(), g.scope(), "people[" + i + "]");
    }
    for (int i = 0; i < scenario.delegations().size(); i++) {
      Scenario.Delegation d = scenario.delegations().get(i);
      held(all, d.role(), d.scope(), "delegations[" + i + "]");
    }
    return all;
  }

  /**
   * A role is one the processes declare, held at a scope it can be asked for: a supplier role
   * (LEV, CM) per supplier, an organisation role (CCM, MT, INK) for the organisation, a service
   * role (SLM, DE, PM) per service, or per supplier in a process about several suppliers.
   */
  private static void held(List<ProcessDefinition> all, String code, Scope scope, String at) {
    List<Role> roles = all.stream().flatMap(d -> d.roles().stream()).filter(r -> r.code().equals(code)).toList();
    if (roles.isEmpty()) {
      throw new ScenarioException(at + ".role: unknown role '" + code + "' (known: " + String.join(", ",
          new TreeSet<>(all.stream().flatMap(d -> d.roles().stream()).map(Role::code).toList())) + ")");
    }
    if (roles.stream().noneMatch(r -> fits(r.scope(), scope))) {
      RoleScope needed = roles.get(0).scope();
      throw new ScenarioException(at + ".scope: " + code + " is held " + (needed == RoleScope.ORGANISATION
          ? "for the organisation: organisation" : needed == RoleScope.SUPPLIER ? "per supplier: supplier:<id>"
          : "per service: service:<id> (or supplier:<id> in the risk review)") + ", not " + (scope.kind() == RoleScope.ORGANISATION
          ? "organisation" : scope.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + scope.id()));
    }
  }

  private static boolean fits(RoleScope role, Scope held) {
    return role == RoleScope.SERVICE ? held.kind() != RoleScope.ORGANISATION : held.kind() == role;
  }

  private static void known(List<String> keys, String process, String at) {
    if (!keys.contains(process)) {
      throw new ScenarioException(at + ": unknown process '" + process + "' (known: " + String.join(", ", keys) + ")");
    }
  }

  private static ProcessDefinition imported(Scenario.Imported definition, Path file) {
    Path folder = file.toAbsolutePath().getParent();
    Path table = folder.resolve(definition.table());
    Optional<Path> overlay = definition.overlay().map(folder::resolve);
    ImportResult result;
    try {
      result = HandbookImporter.of(nl.levman.importer.Vocabulary.handbook()).read(table, overlay);
    } catch (RuntimeException e) {
      throw new ScenarioException("definition: " + table.getFileName() + " cannot be read: " + e.getMessage());
    }
    if (result instanceof ImportResult.Refused refused) {
      throw new ScenarioException("definition: " + table.getFileName() + " does not import:\n"
          + String.join("\n", refused.problems().stream().map(Object::toString).toList()));
    }
    return ((ImportResult.Imported) result).definition();
  }
}
