package nl.levman.examples.report;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.levman.model.Language;

/**
 * The words of the report's building blocks in Dutch (the default) and English, by key. Both
 * languages have the same keys; asking for a key that does not exist is a programming error.
 */
public final class Labels {
  private static final Map<String, String> NL = Map.ofEntries(
      Map.entry("chart.measured", "gemeten"),
      Map.entry("chart.target", "norm"),
      Map.entry("chart.warning", "waarschuwingsgrens"),
      Map.entry("chart.pointWarning", "binnen waarschuwingsband"),
      Map.entry("chart.pointBreach", "norm overschreden"),
      Map.entry("chart.period", "periode"),
      Map.entry("chart.higherIsBetter", "hoger is beter"),
      Map.entry("chart.lowerIsBetter", "lager is beter"),
      Map.entry("chart.met", "gehaald"),
      Map.entry("chart.stateWarning", "waarschuwing"),
      Map.entry("chart.stateBreach", "overschreden"),
      Map.entry("page.generatedBy", "Gemaakt met Levman. Deze pagina werkt zonder internetverbinding."),
      Map.entry("page.contents", "Inhoud"),
      Map.entry("report.title", "Levman-rapportage"),
      Map.entry("report.summary", "Samenvatting"),
      Map.entry("report.processes", "Processen"),
      Map.entry("report.kpis", "KPI-verloop per leverancier"),
      Map.entry("report.supplier", "Leverancier"),
      Map.entry("report.process", "Proces"),
      Map.entry("report.instances", "Instanties"),
      Map.entry("report.finished", "Afgerond"),
      Map.entry("report.steps", "Stappen"),
      Map.entry("report.penalties", "Boetes"),
      Map.entry("report.amount", "Bedrag"),
      Map.entry("report.total", "Totaal"));

  private static final Map<String, String> EN = Map.ofEntries(
      Map.entry("chart.measured", "measured"),
      Map.entry("chart.target", "target"),
      Map.entry("chart.warning", "warning threshold"),
      Map.entry("chart.pointWarning", "within warning band"),
      Map.entry("chart.pointBreach", "breach"),
      Map.entry("chart.period", "period"),
      Map.entry("chart.higherIsBetter", "higher is better"),
      Map.entry("chart.lowerIsBetter", "lower is better"),
      Map.entry("chart.met", "met"),
      Map.entry("chart.stateWarning", "warning"),
      Map.entry("chart.stateBreach", "breach"),
      Map.entry("page.generatedBy", "Made with Levman. This page works without an internet connection."),
      Map.entry("page.contents", "Contents"),
      Map.entry("report.title", "Levman report"),
      Map.entry("report.summary", "Summary"),
      Map.entry("report.processes", "Processes"),
      Map.entry("report.kpis", "KPI trend per supplier"),
      Map.entry("report.supplier", "Supplier"),
      Map.entry("report.process", "Process"),
      Map.entry("report.instances", "Instances"),
      Map.entry("report.finished", "Finished"),
      Map.entry("report.steps", "Steps"),
      Map.entry("report.penalties", "Penalties"),
      Map.entry("report.amount", "Amount"),
      Map.entry("report.total", "Total"));

  private static final Labels DUTCH = new Labels(Language.NL, NL);
  private static final Labels ENGLISH = new Labels(Language.EN, EN);

  private final Language language;
  private final Map<String, String> words;

  private Labels(Language language, Map<String, String> words) {
    this.language = language;
    this.words = words;
  }

  /** The words in this language. */
  public static Labels of(Language language) {
    return language == Language.EN ? ENGLISH : DUTCH;
  }

  /** The default: Dutch, the handbook's language. */
  public static Labels dutch() {
    return DUTCH;
  }

  public static Labels english() {
    return ENGLISH;
  }

  public Language language() {
    return language;
  }

  /** The value of the HTML {@code lang} attribute: "nl" or "en". */
  public String lang() {
    return language == Language.EN ? "en" : "nl";
  }

  /** The locale numbers and amounts are written in: nl-NL, or en-IE (English with the euro). */
  public Locale locale() {
    return Locale.forLanguageTag(language == Language.EN ? "en-IE" : "nl-NL");
  }

  /** The word for this key; an {@link IllegalArgumentException} naming the key if there is none. */
  public String get(String key) {
    String word = words.get(key);
    if (word == null) {
      throw new IllegalArgumentException("no label '" + key + "' in " + lang());
    }
    return word;
  }

  /** Every key, sorted. */
  public Set<String> keys() {
    return new TreeSet<>(words.keySet());
  }

  @Override
  public String toString() {
    return "Labels[" + lang() + "]";
  }
}
