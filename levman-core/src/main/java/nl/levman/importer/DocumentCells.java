package nl.levman.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import nl.levman.model.ArchivePlace;
import nl.levman.model.DocumentType;

/**
 * The last two columns: the documents a step needs (one per line, by name), and where it archives
 * its result ("Ondertekende DAP in Contractenregister": the documents named before the place, and
 * the place; or only the place).
 */
final class DocumentCells {
  private final Vocabulary words;
  private final String source;
  private final Problems problems;

  /** The place of the last column and the documents it names. */
  record Archive(Optional<ArchivePlace> place, List<DocumentType> documents) {}

  DocumentCells(Vocabulary words, String source, Problems problems) {
    this.words = words;
    this.source = source;
    this.problems = problems;
  }

  List<DocumentType> needs(TableText.Cell cell) {
    List<DocumentType> needs = new ArrayList<>();
    for (TableText.TextLine line : cell.lines()) {
      String name = Words.strip(line.text());
      if (name.isEmpty()) {
        continue;
      }
      Optional<DocumentType> whole = words.documentNamed(name);
      if (whole.isPresent()) {
        needs.add(whole.get());
        continue;
      }
      if (words.placeNamed(name).isPresent()) {
        problems.error(source, line.number(), "cells out of order: the Document column holds the archive place '"
            + name + "'; expected the documents needed here, and the place in the last column");
        continue;
      }
      for (String part : name.split("\\s*[,;]\\s*")) {
        words.documentNamed(part).ifPresentOrElse(needs::add, () -> unknownDocument(line.number(), part));
      }
    }
    return needs;
  }

  Archive archive(TableText.Cell cell) {
    String text = cell.flat();
    if (text.isEmpty()) {
      return new Archive(Optional.empty(), List.of());
    }
    Optional<ArchivePlace> whole = words.placeNamed(text);
    if (whole.isPresent()) {
      return new Archive(whole, List.of());
    }
    String key = Words.key(text);
    Optional<Map.Entry<String, String>> place = words.placeWords().entrySet().stream()
        .filter(e -> Words.containsWords(key, e.getKey()))
        .max(Comparator.comparingInt((Map.Entry<String, String> e) -> lastEnd(key, e.getKey()))
            .thenComparingInt(e -> e.getKey().length()));
    if (place.isEmpty()) {
      String also = words.documentNamed(text).isPresent() ? "cells out of order: " : "";
      problems.error(source, cell.line(), also + "no archive place in '" + Words.brief(text)
          + "'; expected one of " + words.placeNames()
          + ", after the documents archived there (an overlay adds places under declare.places or words.places)");
      return new Archive(Optional.empty(), List.of());
    }
    Matcher at = Words.wordMatcher(key, place.get().getKey());
    int start = 0;
    while (at.find()) {
      start = at.start();
    }
    String before = key.substring(0, start).replaceAll("\\s+(in|op|naar|bij)\\s*$", "").strip();
    return new Archive(words.place(place.get().getValue()), documentsIn(before, cell.line()));
  }

  /** The documents named in a phrase such as "slr en besluiten", in their order; words around them are ignored. */
  private List<DocumentType> documentsIn(String phrase, int line) {
    TreeMap<Integer, String> found = new TreeMap<>();
    boolean[] taken = new boolean[phrase.length()];
    words.documentWords().entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
        .forEach(e -> {
          Matcher m = Words.wordMatcher(phrase, e.getKey());
          while (m.find()) {
            if (!taken[m.start()] && !taken[m.end() - 1]) {
              for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
              }
              found.put(m.start(), e.getValue());
            }
          }
        });
    if (found.isEmpty() && !phrase.isEmpty()) {
      unknownDocument(line, phrase);
    }
    return found.values().stream().distinct().map(code -> words.document(code).orElseThrow()).toList();
  }

  private static int lastEnd(String text, String phrase) {
    Matcher m = Words.wordMatcher(text, phrase);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end;
  }

  private void unknownDocument(int line, String name) {
    problems.error(source, line, "unknown document '" + Words.brief(name) + "'; expected one of "
        + words.documentNames()
        + " (an overlay adds documents under declare.documents or words.documents)");
  }
}
