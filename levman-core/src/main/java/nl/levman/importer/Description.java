package nl.levman.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a step's Omschrijving says: its label, its arrows, and the phrases that say something
 * loosely. The label is the cell's text verbatim except for what the export adds: trailing spaces,
 * Word bookmarks ({@code [bookmark: …]}) and blank lines around the text are dropped, and on an
 * arrow line the export's arrow ({@code à}, or the two spaces left by the lost glyph) is written
 * {@code →}.
 */
final class Description {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String ARROW = "(?:à|→|->|=>)";
  private static final Pattern OUTCOME = Pattern.compile("^(?<outcome>\\p{L}[\\p{L}\\p{M}'’ -]{0,39}?)(?:\\s*"
      + ARROW + "\\s*|\\s{2,})(?<rest>(?:naar stap\\s+)?(?<n>\\d{1,4}))\\.?$", FLAGS);
  private static final Pattern PLAIN = Pattern.compile("^\\s*(?:" + ARROW
      + "\\s*)?(?<rest>(?:naar stap\\s+)?(?<n>\\d{1,4}))\\.?$", FLAGS);
  private static final Pattern END = Pattern.compile("^(?:" + ARROW + "\\s*)?einde (?:van het )?proces\\.?$", FLAGS);
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

  /** A phrase that says a way on loosely: the overlay answers it, or the importer reads it. */
  enum HintKind {
    PARALLEL("(?<![\\p{L}])parallel aan stap (?<n>\\d{1,4})"),
    CONDITION("^(?:indien|alleen (?:als|indien)|mits)(?![\\p{L}])[^,.;:]*"),
    FAN_OUT("(?<![\\p{L}])(?:per (?:leverancier|contract|dienst|mitigatie ?actie|actie)|voor (?:elke|elk|iedere|ieder)"
        + "(?: in stap \\d+ geselecteerde)? \\p{L}+)"),
    CYCLE("(?<![\\p{L}])(?:periodiek\\p{L}*|(?:elke|iedere?|per) (?:maand|week|kwartaal|periode|rapportageperiode)"
        + "|maandelijks\\p{L}*|eind\\p{L}* van de looptijd)"),
    RAISABLE("(?<![\\p{L}])(?:op (?:elk|ieder) moment|te allen tijde|in de loop van de tijd)"),
    LINK("(?<![\\p{L}])start(?:en|t)? (?:het )?proces (?<n>\\d{1,4})");

    private final Pattern pattern;

    HintKind(String regex) {
      this.pattern = Pattern.compile(regex, FLAGS);
    }

    /** The word an overlay uses to dismiss a question of this kind. */
    String word() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Optional<HintKind> ofWord(String word) {
      return EnumSet.allOf(HintKind.class).stream().filter(k -> k.word().equals(word)).findFirst();
    }
  }

  /** A gate outcome or a plain arrow: where it leads, as written, on which line. */
  record Arrow(Optional<String> outcome, int target, int line, String written) {}

  /** A loose phrase, on its line; {@code number} is the step or process it names, if any. */
  record Hint(HintKind kind, int line, String phrase, OptionalInt number) {}

  /** The label and what the cell says about the way on. */
  record Read(String label, List<Arrow> outcomes, List<Arrow> plain, OptionalInt end, List<Hint> hints) {}

  private Description() {}

  static Read read(TableText.Cell cell) {
    List<String> label = new ArrayList<>();
    List<Arrow> outcomes = new ArrayList<>();
    List<Arrow> plain = new ArrayList<>();
    OptionalInt end = OptionalInt.empty();
    List<Hint> hints = new ArrayList<>();
    Set<HintKind> seen = EnumSet.noneOf(HintKind.class);
    for (TableText.TextLine line : cell.lines()) {
      String text = Words.stripTrailing(BOOKMARK.matcher(line.text()).replaceAll(""));
      if (label.stream().allMatch(String::isEmpty)) {
        text = Words.strip(text);
      }
      Matcher m;
      if ((m = OUTCOME.matcher(text)).matches() && m.group("outcome").strip().split(" +").length <= 4) {
        String outcome = m.group("outcome").strip();
        text = outcome + " → " + m.group("rest");
        outcomes.add(new Arrow(Optional.of(outcome), Integer.parseInt(m.group("n")), line.number(), text));
      } else if ((m = PLAIN.matcher(text)).matches() && !text.strip().matches("\\d+\\.?")) {
        text = "→ " + m.group("rest");
        plain.add(new Arrow(Optional.empty(), Integer.parseInt(m.group("n")), line.number(), text));
      } else if (END.matcher(Words.strip(text)).matches()) {
        end = OptionalInt.of(line.number());
      }
      boolean firstLine = label.stream().allMatch(String::isEmpty);
      for (HintKind kind : HintKind.values()) {
        Matcher h = kind.pattern.matcher(text);
        if (!seen.contains(kind) && h.find() && (kind != HintKind.CONDITION || firstLine)) {
          seen.add(kind);
          OptionalInt number = kind == HintKind.PARALLEL || kind == HintKind.LINK
              ? OptionalInt.of(Integer.parseInt(h.group("n"))) : OptionalInt.empty();
          hints.add(new Hint(kind, line.number(), h.group(), number));
        }
      }
      label.add(text);
    }
    while (!label.isEmpty() && label.get(label.size() - 1).isEmpty()) {
      label.remove(label.size() - 1);
    }
    while (!label.isEmpty() && label.get(0).isEmpty()) {
      label.remove(0);
    }
    return new Read(String.join("\n", label), outcomes, plain, end, hints);
  }
}
