package nl.levman.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;

/** The open work: what, whose, about what, due when; work past its due date first and marked. */
final class WorkSection {
  private final Formats f;
  private final Language language;
  private final Report report;

  WorkSection(Formats formats, Report report) {
    this.f = formats;
    this.language = formats.labels().language();
    this.report = report;
  }

  String html() {
    if (report.work().isEmpty()) {
      return Html.paragraph(f.word("work.none"));
    }
    return Html.paragraph(f.word("work.intro", report.work().size(), report.overdue().size()))
        + table(report.work(), true);
  }

  /** The work items as a table; with the process, instance and supplier when they are not known from the context. */
  String table(List<OpenWork> work, boolean everything) {
    List<List<String>> rows = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (OpenWork w : work) {
      List<String> row = new ArrayList<>();
      if (everything) {
        row.add(w.process().in(language));
        row.add(w.instance().value());
      }
      row.add(Integer.toString(w.step()));
      row.add(w.label().in(language));
      row.add(role(w));
      if (everything) {
        row.add(w.supplier().orElse(""));
      }
      row.add(about(w));
      row.add(f.deadline(w.due()));
      row.add(f.word(w.overdue() ? "work.overdue" : "work.open"));
      rows.add(row);
      classes.add(w.overdue() ? "alert" : "");
    }
    List<String> headers = new ArrayList<>();
    if (everything) {
      headers.addAll(List.of(f.word("report.process"), f.word("col.instance")));
    }
    headers.addAll(List.of(f.word("col.step"), f.word("col.what"), f.word("col.role")));
    if (everything) {
      headers.add(f.word("report.supplier"));
    }
    headers.addAll(List.of(f.word("col.about"), f.word("col.due"), f.word("col.state")));
    return Html.table(headers, rows, classes);
  }

  private String role(OpenWork w) {
    return report.definitions().stream().filter(d -> d.key().equals(w.processKey())).findFirst()
        .flatMap((ProcessDefinition d) -> d.role(w.role())).map((Role r) -> r.name(language)).orElse(w.role());
  }

  /** The period of a cycle, or the items of a fan-out other than the supplier (such as a mitigation action). */
  private String about(OpenWork w) {
    List<String> about = new ArrayList<>();
    if (w.period() > 0) {
      about.add(f.word("work.period", w.period()));
    }
    Map<String, String> subjects = new TreeMap<>(w.subjects());
    subjects.remove("supplier");
    about.addAll(subjects.values());
    return String.join(", ", about);
  }
}
