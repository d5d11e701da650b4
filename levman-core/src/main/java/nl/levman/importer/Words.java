package nl.levman.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the importer compares and trims the table's words: case, quotes and the export's spaces. */
final class Words {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final Pattern QUOTES = Pattern.compile("[‘’'\"“”]");
  /** Compiled word patterns by phrase (the vocabulary's words); cleared should it ever grow large. */
  private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private Words() {}

  /** The form words are looked up by: lower case, no quotes, single spaces, no final full stop. */
  static String key(String text) {
    String k = SPACE.matcher(QUOTES.matcher(text).replaceAll("")).replaceAll(" ").strip();
    if (k.endsWith(".")) {
      k = k.substring(0, k.length() - 1).strip();
    }
    return k.toLowerCase(Locale.ROOT);
  }

  /** Whether a character is blank in the export: whitespace or one of the non-breaking spaces. */
  static boolean blank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }

  static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && blank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  static String strip(String s) {
    int start = 0;
    while (start < s.length() && blank(s.charAt(start))) {
      start++;
    }
    return stripTrailing(s.substring(start));
  }

  static boolean isBlank(String s) {
    return strip(s).isEmpty();
  }

  /** Whether the phrase occurs in the text as whole words, ignoring case. */
  static boolean containsWords(String text, String phrase) {
    return wordPattern(phrase).matcher(text).find();
  }

  static Matcher wordMatcher(String text, String phrase) {
    return wordPattern(phrase).matcher(text);
  }

  private static Pattern wordPattern(String phrase) {
    if (PATTERNS.size() > 10_000) {
      PATTERNS.clear();
    }
    return PATTERNS.computeIfAbsent(phrase, Words::compileWords);
  }

  private static Pattern compileWords(String phrase) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The text shortened for a message. */
  static String brief(String text) {
    String one = SPACE.matcher(text).replaceAll(" ").strip();
    return one.length() > 60 ? one.substring(0, 57) + "…" : one;
  }
}
