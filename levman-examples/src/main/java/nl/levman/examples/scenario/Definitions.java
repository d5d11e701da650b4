package nl.levman.examples.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.importer.HandbookImporter;
import nl.levman.importer.ImportResult;
import nl.levman.model.ProcessDefinition;
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
    return all;
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
