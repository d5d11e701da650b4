package nl.levman.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.levman.json.Json;
import nl.levman.model.ArchivePlace;
import nl.levman.model.DocumentType;
import nl.levman.model.LevmanException;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Subject;

/**
 * Reads an overlay file (JSON, format in the README): the process's key, version, name and
 * declarations, new roles, documents and places, further words for the table's columns, and the
 * answers per step. Codes are resolved against the vocabulary as it is read.
 */
final class OverlayReader {
  private static final Pattern JSON_LINE = Pattern.compile("at line (\\d+)");

  private OverlayReader() {}

  static Optional<Overlay> read(Source source, Vocabulary base, Problems problems) {
    Map<String, Object> root;
    try {
      root = Json.parseObject(source.text());
    } catch (LevmanException e) {
      Matcher line = JSON_LINE.matcher(e.getMessage());
      problems.error(source.name(), line.find() ? Integer.parseInt(line.group(1)) : 1,
          "not an overlay: " + e.getMessage() + "; expected a JSON object as the README describes");
      return Optional.empty();
    }
    JsonValues v = new JsonValues(source.name(), OverlayLines.of(source.text()), problems);
    v.onlyKeys(root, "", Set.of("process", "declare", "words", "steps"));
    Vocabulary words = declare(v, root.get("declare"), base);
    words = words(v, root.get("words"), words);
    Overlay.Process process = process(v, root.get("process"), words);
    var steps = new StepAnswersReader(v, words).read(root.get("steps"));
    return Optional.of(new Overlay(source.name(), process, steps, words, v));
  }

  private static Vocabulary declare(JsonValues v, Object value, Vocabulary words) {
    Map<String, Object> declare = v.object(value, "declare").orElse(Map.of());
    v.onlyKeys(declare, "declare", Set.of("roles", "documents", "places"));
    Vocabulary out = words;
    List<Object> roles = v.list(declare.get("roles"), "declare.roles");
    for (int i = 0; i < roles.size(); i++) {
      String at = "declare.roles." + i;
      Map<String, Object> r = v.object(roles.get(i), at).orElse(Map.of());
      v.onlyKeys(r, at, Set.of("code", "nl", "en", "scope"));
      Optional<RoleScope> scope = v.text(r.get("scope"), at + ".scope").flatMap(s -> scope(v, s, at + ".scope"));
      Optional<Role> role = named(v, r, at, (code, nl, en) -> new Role(code, nl, en, scope.orElseThrow()),
          scope.isPresent());
      out = role.isPresent() ? out.withRole(role.get()) : out;
    }
    for (String kind : List.of("documents", "places")) {
      List<Object> list = v.list(declare.get(kind), "declare." + kind);
      for (int i = 0; i < list.size(); i++) {
        String at = "declare." + kind + "." + i;
        Map<String, Object> d = v.object(list.get(i), at).orElse(Map.of());
        v.onlyKeys(d, at, Set.of("code", "nl", "en"));
        if (kind.equals("documents")) {
          Optional<DocumentType> doc = named(v, d, at, DocumentType::new, true);
          out = doc.isPresent() ? out.withDocument(doc.get()) : out;
        } else {
          Optional<ArchivePlace> place = named(v, d, at, ArchivePlace::new, true);
          out = place.isPresent() ? out.withPlace(place.get()) : out;
        }
      }
    }
    return out;
  }

  /** Something declared with a code and its Dutch and English names. */
  private interface Named<T> {
    T make(String code, String nl, String en);
  }

  private static <T> Optional<T> named(JsonValues v, Map<String, Object> m, String at, Named<T> make, boolean ready) {
    Optional<String> code = v.text(m.get("code"), at + ".code");
    Optional<String> nl = v.text(m.get("nl"), at + ".nl");
    Optional<String> en = v.text(m.get("en"), at + ".en");
    if (code.isEmpty() || nl.isEmpty() || en.isEmpty()) {
      v.error(at, "expected code, nl and en");
      return Optional.empty();
    }
    if (!ready) {
      return Optional.empty();
    }
    try {
      return Optional.of(make.make(code.get(), nl.get(), en.get()));
    } catch (LevmanException e) {
      v.error(at + ".code", e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<RoleScope> scope(JsonValues v, String word, String at) {
    for (RoleScope s : RoleScope.values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(word)) {
        return Optional.of(s);
      }
    }
    v.error(at, "expected organisation, supplier or service, not '" + word + "'");
    return Optional.empty();
  }

  private static Vocabulary words(JsonValues v, Object value, Vocabulary words) {
    Map<String, Object> all = v.object(value, "words").orElse(Map.of());
    v.onlyKeys(all, "words", Set.of("roles", "documents", "places"));
    Vocabulary out = words;
    for (String kind : List.of("roles", "documents", "places")) {
      Map<String, Object> map = v.object(all.get(kind), "words." + kind).orElse(Map.of());
      for (var e : map.entrySet()) {
        String at = "words." + kind + "." + e.getKey();
        Optional<String> code = v.text(e.getValue(), at);
        if (code.isEmpty()) {
          continue;
        }
        Vocabulary current = out;
        Optional<Vocabulary> added = switch (kind) {
          case "roles" -> known(v, current.role(code.get()), code.get(), "role", at).map(r -> current.withRole(r, e.getKey()));
          case "documents" -> known(v, current.document(code.get()), code.get(), "document", at)
              .map(d -> current.withDocument(d, e.getKey()));
          default -> known(v, current.place(code.get()), code.get(), "archive place", at).map(p -> current.withPlace(p, e.getKey()));
        };
        out = added.orElse(out);
      }
    }
    return out;
  }

  private static Overlay.Process process(JsonValues v, Object value, Vocabulary words) {
    Map<String, Object> p = v.object(value, "process").orElse(Map.of());
    v.onlyKeys(p, "process", Set.of("key", "version", "name", "about", "roles", "documents", "places", "flags", "itemKinds"));
    Map<String, Object> name = v.object(p.get("name"), "process.name").orElse(Map.of());
    v.onlyKeys(name, "process.name", Set.of("nl", "en"));
    Optional<List<Subject>> about = p.containsKey("about")
        ? Optional.of(v.texts(p.get("about"), "process.about").stream().map(s -> subject(v, s)).flatMap(Optional::stream).toList())
        : Optional.empty();
    return new Overlay.Process(v.text(p.get("key"), "process.key"),
        v.number(p.get("version"), "process.version").map(OptionalInt::of).orElse(OptionalInt.empty()),
        v.text(name.get("nl"), "process.name.nl"), v.text(name.get("en"), "process.name.en"), about,
        codes(v, p.get("roles"), "process.roles", words::role, "role"),
        codes(v, p.get("documents"), "process.documents", words::document, "document"),
        codes(v, p.get("places"), "process.places", words::place, "archive place"),
        v.texts(p.get("flags"), "process.flags"), v.texts(p.get("itemKinds"), "process.itemKinds"));
  }

  private static Optional<Subject> subject(JsonValues v, String word) {
    for (Subject s : Subject.values()) {
      if (s.word().equals(word)) {
        return Optional.of(s);
      }
    }
    v.error("process.about", "expected supplier, contract or service, not '" + word + "'");
    return Optional.empty();
  }

  /** The things a list of codes names; an unknown code is reported on its line. */
  static <T> List<T> codes(JsonValues v, Object value, String at, Function<String, Optional<T>> lookup, String what) {
    List<T> out = new ArrayList<>();
    List<String> codes = v.texts(value, at);
    for (int i = 0; i < codes.size(); i++) {
      known(v, lookup.apply(codes.get(i)), codes.get(i), what, at + "." + i).ifPresent(out::add);
    }
    return out;
  }

  static <T> Optional<T> known(JsonValues v, Optional<T> found, String code, String what, String at) {
    if (found.isEmpty()) {
      v.error(at, "unknown " + what + " '" + code + "'; expected a " + what + " of the vocabulary or one declared"
          + " under declare");
    }
    return found;
  }
}
