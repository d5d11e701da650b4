package nl.levman.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.levman.examples.cli.Wiring;
import nl.levman.examples.report.Labels;
import nl.levman.examples.report.Report;
import nl.levman.examples.report.ReportPage;
import nl.levman.examples.report.ReportReader;
import nl.levman.model.Language;

/** The demo's report: read back from the store through the engine, written as one HTML file that works offline. */
final class DemoReport {
  static final String FILE = "report.html";

  private DemoReport() {}

  static Path write(Wiring wiring, Simulation simulation, Language language) {
    Report report = ReportReader.read(simulation.engine, wiring.store, simulation.register, simulation.clock);
    Labels labels = Labels.of(language);
    String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale())
        .format(LocalDate.ofInstant(report.asOf(), report.zone()));
    String subtitle = String.format(labels.locale(), labels.get("report.demoSubtitle"), simulation.suppliers.size(),
        simulation.years(), day);
    Path file = wiring.data.resolve(FILE);
    try {
      Files.writeString(file, ReportPage.html(report, labels, subtitle), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
