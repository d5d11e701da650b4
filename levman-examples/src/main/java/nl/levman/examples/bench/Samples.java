package nl.levman.examples.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each measure's values over the bench's repeated runs, reported as a median with its spread. */
final class Samples {
  private final Map<String, Measure> measures = new LinkedHashMap<>();

  private record Measure(String name, String unit, List<Double> values) {
    double median() {
      List<Double> sorted = values.stream().sorted().toList();
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
      return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
      return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  void add(String name, String unit, double value) {
    measures.computeIfAbsent(name, n -> new Measure(n, unit, new ArrayList<>())).values().add(value);
  }

  double median(String name) {
    Measure m = measures.get(name);
    return m == null ? Double.NaN : m.median();
  }

  void print(PrintWriter out) {
    int width = measures.keySet().stream().mapToInt(String::length).max().orElse(10);
    out.printf("%-" + width + "s  %12s  %25s  %s%n", "measure", "median", "spread (min – max)", "runs");
    for (Measure m : measures.values()) {
      out.printf("%-" + width + "s  %12s  %25s  %d%n", m.name(), format(m.median()) + " " + m.unit(),
          format(m.min()) + " – " + format(m.max()), m.values().size());
    }
  }

  private static String format(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return Math.abs(v) >= 100 ? String.format("%,.0f", v) : Math.abs(v) >= 10 ? String.format("%.1f", v)
        : String.format("%.3f", v);
  }

  /** The measures as JSON, for comparison between runs. */
  Map<String, Object> json() {
    List<Object> list = new ArrayList<>();
    for (Measure m : measures.values()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", m.name());
      entry.put("unit", m.unit());
      entry.put("median", m.median());
      entry.put("min", m.min());
      entry.put("max", m.max());
      entry.put("values", m.values());
      list.add(entry);
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("measures", list);
    return tree;
  }
}
