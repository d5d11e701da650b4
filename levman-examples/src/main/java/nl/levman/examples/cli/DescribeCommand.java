package nl.levman.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.render.BpmnRendering;
import nl.levman.render.JsonRendering;
import nl.levman.render.MermaidRendering;
import nl.levman.render.StepTable;
import org.example.contractregister.RenewalOrEndOfContract;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a process as the handbook's step table (plain text or Markdown), JSON, Mermaid or BPMN 2.0. */
@Command(name = "describe", mixinStandardHelpOptions = true,
    description = "Prints a process definition: the step table as plain text for a terminal (table) or "
        + "Markdown (markdown), or json, mermaid or bpmn.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE})
public final class DescribeCommand implements Callable<Integer> {
  enum Format { table, json, mermaid, bpmn, markdown }

  static final List<ProcessDefinition> PROCESSES = List.of(ServiceLevelManagement.definition(),
      SupplierRiskReview.definition(), RenewalOrEndOfContract.definition());

  @Parameters(index = "0", paramLabel = "KEY", description = "process key: ${COMPLETION-CANDIDATES}",
      completionCandidates = Keys.class)
  String key;

  @Option(names = "--format", defaultValue = "table",
      description = "table (plain text), markdown, json, mermaid or bpmn (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--lang", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Mixin Width width;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  static final class Keys implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return PROCESSES.stream().map(ProcessDefinition::key).iterator();
    }
  }

  @Override
  public Integer call() {
    ProcessDefinition d = PROCESSES.stream().filter(p -> p.key().equals(key)).findFirst()
        .orElseThrow(() -> CliException.user("unknown process '" + key + "'; known: "
            + String.join(", ", PROCESSES.stream().map(ProcessDefinition::key).toList())));
    Language language;
    try {
      language = Language.valueOf(lang.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.user("unknown language '" + lang + "'; use nl or en");
    }
    String out = switch (format) {
      case table -> PlainStepTable.of(d, language, width.columns(TextTable.DEFAULT_WIDTH));
      case markdown -> StepTable.markdown(d, language);
      case json -> JsonRendering.of(d);
      case mermaid -> MermaidRendering.of(d, language);
      case bpmn -> BpmnRendering.of(d, language);
    };
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
