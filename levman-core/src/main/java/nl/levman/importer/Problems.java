package nl.levman.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one import, so that every one is reported, not only the first. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void error(String source, int line, String message) {
    found.add(Problem.error(source, line, message));
  }

  void question(String source, int line, String message) {
    found.add(Problem.question(source, line, message));
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** By file in the order first seen, then by line; errors before questions on one line. */
  List<Problem> sorted() {
    List<String> sources = found.stream().map(Problem::source).distinct().toList();
    return found.stream().distinct()
        .sorted(Comparator.comparingInt((Problem p) -> sources.indexOf(p.source()))
            .thenComparingInt(Problem::line).thenComparing(Problem::kind))
        .toList();
  }
}
