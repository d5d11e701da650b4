package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.levman.importer.HandbookImporter;
import nl.levman.importer.ImportResult;
import nl.levman.importer.Problem;
import nl.levman.importer.Vocabulary;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.render.BpmnRendering;
import nl.levman.render.JsonRendering;
import nl.levman.render.MermaidRendering;
import nl.levman.render.StepTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports a process from its handbook step table and overlay, and prints it as {@code describe}
 * does (the same formats, the same JSON); or, when the table and overlay do not make a definition,
 * every question and error on standard error, one per line with its file and line, and exit 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports a process from its handbook step table (the text export, or Markdown) and an overlay"
        + " that answers what the text cannot say, and prints it as describe does; or every question and error,"
        + " one per line, with exit code 2. Nothing is stored.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:imported; the definition is printed",
        "2:the table or overlay does not make a definition (every problem printed), or a usage error"})
public final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TABLE", description = "the step table: the handbook's text export or a Markdown table")
  Path table;

  @Option(names = "--overlay", paramLabel = "FILE", description = "the overlay (JSON) with the answers the text cannot give")
  Path overlay;

  @Option(names = "--format", defaultValue = "table",
      description = "table (plain text), markdown, json, mermaid or bpmn (default: ${DEFAULT-VALUE})")
  DescribeCommand.Format format;

  @Option(names = "--lang", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Mixin Width width;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Language language;
    try {
      language = Language.valueOf(lang.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.user("unknown language '" + lang + "'; use nl or en");
    }
    ImportResult result = HandbookImporter.of(Vocabulary.handbook()).read(table, Optional.ofNullable(overlay));
    if (result instanceof ImportResult.Refused refused) {
      PrintWriter err = spec.commandLine().getErr();
      refused.problems().forEach(err::println);
      long questions = refused.problems().stream().filter(p -> p.kind() == Problem.Kind.QUESTION).count();
      err.println(spec.qualifiedName() + ": nothing imported: " + questions + " open question(s), "
          + (refused.problems().size() - questions) + " error(s)");
      err.flush();
      return ExitCodes.USAGE;
    }
    ProcessDefinition d = ((ImportResult.Imported) result).definition();
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
