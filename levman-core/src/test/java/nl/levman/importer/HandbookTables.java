package nl.levman.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.levman.model.ProcessDefinition;

/** The handbook's two step tables and their overlays, as the test resources hold them, and importing them. */
final class HandbookTables {
  static final String SLM = "service-level-management";
  static final String REVIEW = "supplier-risk-review";

  private HandbookTables() {}

  static Source table(String process) {
    return resource(process + ".nl.txt");
  }

  static Source overlay(String process) {
    return resource(process + ".overlay.json");
  }

  static Source resource(String name) {
    try (InputStream in = HandbookTables.class.getResourceAsStream("/handbook/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportResult importing(Source table, Optional<Source> overlay) {
    return HandbookImporter.handbook().read(table, overlay);
  }

  static ProcessDefinition imported(String process) {
    return imported(table(process), Optional.of(overlay(process)));
  }

  static ProcessDefinition imported(Source table, Optional<Source> overlay) {
    ImportResult result = importing(table, overlay);
    assertThat(result).as(() -> result instanceof ImportResult.Refused r ? String.join("\n",
        r.problems().stream().map(Problem::toString).toList()) : "").isInstanceOf(ImportResult.Imported.class);
    return ((ImportResult.Imported) result).definition();
  }

  static List<Problem> problems(Source table, Optional<Source> overlay) {
    ImportResult result = importing(table, overlay);
    assertThat(result).isInstanceOf(ImportResult.Refused.class);
    return ((ImportResult.Refused) result).problems();
  }

  /** The table with one text replaced (which must occur), under another name. */
  static Source changed(Source table, String from, String to) {
    assertThat(table.text()).contains(from);
    return new Source(table.name(), table.text().replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }
}
