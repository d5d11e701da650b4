package nl.levman.importer;

import static nl.levman.importer.HandbookTables.REVIEW;
import static nl.levman.importer.HandbookTables.SLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever is done to a table or an overlay (lines dropped, doubled, swapped, cut, characters
 * inserted), the import gives a definition or a refusal whose problems name a line of the file:
 * never an exception.
 */
class NeverThrowsTest {
  private static final HandbookImporter IMPORTER = HandbookImporter.handbook();

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void mutatedTablesAndOverlaysAreImportedOrRefusedWithTheirLines(String process) {
    Random random = new Random(process.hashCode());
    Source table = HandbookTables.table(process);
    Source overlay = HandbookTables.overlay(process);
    for (int i = 0; i < 150; i++) {
      Source t = i % 3 == 2 ? table : mutate(table, random);
      Source o = i % 3 == 1 ? mutate(overlay, random) : overlay;
      ImportResult result = IMPORTER.read(t, Optional.of(o));
      if (result instanceof ImportResult.Refused refused) {
        for (Problem p : refused.problems()) {
          Source in = p.source().equals(t.name()) ? t : o;
          assertThat(p.line()).as(p.toString()).isBetween(0, (int) in.text().lines().count() + 1);
          assertThat(p.message()).as(p.toString()).isNotBlank();
        }
      }
    }
  }

  static Source mutate(Source source, Random random) {
    List<String> lines = new ArrayList<>(List.of(source.text().split("\n", -1)));
    int times = 1 + random.nextInt(3);
    for (int k = 0; k < times && lines.size() > 1; k++) {
      int a = random.nextInt(lines.size());
      int b = random.nextInt(lines.size());
      switch (random.nextInt(6)) {
        case 0 -> lines.remove(a);
        case 1 -> lines.add(a, lines.get(b));
        case 2 -> {
          String x = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, x);
        }
        case 3 -> lines.subList(a, lines.size()).clear();
        case 4 -> {
          String line = lines.get(a);
          int at = random.nextInt(line.length() + 1);
          lines.set(a, line.substring(0, at) + "\t{à|\"→ 9}" + line.substring(at));
        }
        default -> lines.set(a, lines.get(a).replaceAll("\\d", Integer.toString(random.nextInt(30))));
      }
    }
    return new Source(source.name(), String.join("\n", lines));
  }
}
