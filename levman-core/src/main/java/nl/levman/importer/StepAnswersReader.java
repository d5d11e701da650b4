package nl.levman.importer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.levman.model.ArchivePlace;
import nl.levman.model.Behaviour;
import nl.levman.model.Target;
import nl.levman.model.WayOn;

/** Reads the {@code steps} of an overlay: for each step number, its answers. */
final class StepAnswersReader {
  private static final Set<String> KEYS = Set.of("en", "role", "alsoBy", "delegable", "next", "when", "split",
      "join", "forEach", "cycle", "raisable", "raisedOn", "link", "behaviour", "needs", "archivesTo",
      "archives", "placeFor", "dismiss");
  private final JsonValues v;
  private final Vocabulary words;

  StepAnswersReader(JsonValues v, Vocabulary words) {
    this.v = v;
    this.words = words;
  }

  Map<Integer, Overlay.StepAnswers> read(Object value) {
    Map<Integer, Overlay.StepAnswers> out = new LinkedHashMap<>();
    for (var e : v.object(value, "steps").orElse(Map.of()).entrySet()) {
      String at = "steps." + e.getKey();
      if (!e.getKey().matches("[1-9]\\d{0,3}")) {
        v.error(at, "expected a step number as the key");
        continue;
      }
      v.object(e.getValue(), at).ifPresent(m -> out.put(Integer.parseInt(e.getKey()),
          answers(Integer.parseInt(e.getKey()), m, at)));
    }
    return out;
  }

  private Overlay.StepAnswers answers(int number, Map<String, Object> m, String at) {
    v.onlyKeys(m, at, KEYS);
    Optional<Behaviour> behaviour = v.text(m.get("behaviour"), at + ".behaviour").flatMap(name -> {
      Optional<Behaviour> b = words.behaviour(name);
      if (b.isEmpty()) {
        v.error(at + ".behaviour", "unknown behaviour '" + name + "'; expected one of "
            + String.join(", ", words.behaviourNames()) + " (an integrator adds behaviours to the vocabulary)");
      }
      return b;
    });
    Optional<Optional<ArchivePlace>> archivesTo = m.containsKey("archivesTo")
        ? Optional.of(m.get("archivesTo") == null ? Optional.empty()
            : v.text(m.get("archivesTo"), at + ".archivesTo").flatMap(c -> OverlayReader.known(v,
                words.place(c), c, "archive place", at + ".archivesTo")))
        : Optional.empty();
    return new Overlay.StepAnswers(number, at,
        v.text(m.get("role"), at + ".role").flatMap(c -> OverlayReader.known(v, words.role(c), c, "role", at + ".role")),
        m.containsKey("alsoBy") ? Optional.of(OverlayReader.codes(v, m.get("alsoBy"), at + ".alsoBy", words::role, "role"))
            : Optional.empty(),
        v.bool(m.get("delegable"), at + ".delegable"),
        v.text(m.get("en"), at + ".en"),
        v.target(m.get("next"), at + ".next"),
        when(m.get("when"), at + ".when"),
        split(m.get("split"), at + ".split"),
        v.bool(m.get("join"), at + ".join").orElse(false),
        forEach(m.get("forEach"), at + ".forEach"),
        cycle(m.get("cycle"), at + ".cycle"),
        v.bool(m.get("raisable"), at + ".raisable").orElse(false),
        v.texts(m.get("raisedOn"), at + ".raisedOn"),
        v.text(m.get("link"), at + ".link"),
        behaviour,
        m.containsKey("needs") ? Optional.of(OverlayReader.codes(v, m.get("needs"), at + ".needs", words::document, "document"))
            : Optional.empty(),
        archivesTo,
        m.containsKey("archives")
            ? Optional.of(OverlayReader.codes(v, m.get("archives"), at + ".archives", words::document, "document"))
            : Optional.empty(),
        placeFor(m.get("placeFor"), at + ".placeFor"),
        dismiss(m.get("dismiss"), at + ".dismiss"));
  }

  private Optional<Overlay.When> when(Object value, String at) {
    return v.object(value, at).flatMap(m -> {
      v.onlyKeys(m, at, Set.of("flag", "otherwise"));
      Optional<String> flag = v.text(m.get("flag"), at + ".flag");
      Optional<Target> otherwise = v.target(m.get("otherwise"), at + ".otherwise");
      if (flag.isEmpty() || otherwise.isEmpty()) {
        v.error(at, "expected a flag and the step it goes to otherwise: {\"flag\": …, \"otherwise\": N}");
        return Optional.empty();
      }
      return Optional.of(new Overlay.When(flag.get(), otherwise.get()));
    });
  }

  private Optional<Overlay.Split> split(Object value, String at) {
    return v.object(value, at).flatMap(m -> {
      v.onlyKeys(m, at, Set.of("branches", "then"));
      List<Integer> branches = v.numbers(m.get("branches"), at + ".branches");
      if (branches.size() < 2) {
        v.error(at + ".branches", "expected two or more steps that start a branch");
        return Optional.empty();
      }
      return Optional.of(new Overlay.Split(branches, v.target(m.get("then"), at + ".then")));
    });
  }

  private Optional<WayOn.ForEach> forEach(Object value, String at) {
    return v.object(value, at).flatMap(m -> {
      v.onlyKeys(m, at, Set.of("itemKind", "body", "then", "overdueSignal"));
      Optional<String> kind = v.text(m.get("itemKind"), at + ".itemKind");
      List<Integer> body = v.numbers(m.get("body"), at + ".body");
      Optional<Target> then = v.target(m.get("then"), at + ".then");
      if (kind.isEmpty() || body.isEmpty() || then.isEmpty()) {
        v.error(at, "expected itemKind, body (the steps run per item) and then (where all items join)");
        return Optional.empty();
      }
      return Optional.of(new WayOn.ForEach(kind.get(), body, then.get(),
          v.text(m.get("overdueSignal"), at + ".overdueSignal")));
    });
  }

  private Optional<WayOn.Cycle> cycle(Object value, String at) {
    return v.object(value, at).flatMap(m -> {
      v.onlyKeys(m, at, Set.of("body", "then", "overdueSignal"));
      List<Integer> body = v.numbers(m.get("body"), at + ".body");
      Optional<Target> then = v.target(m.get("then"), at + ".then");
      if (body.isEmpty() || then.isEmpty()) {
        v.error(at, "expected body (the steps run per period) and then (where the flow goes when the term ends)");
        return Optional.empty();
      }
      return Optional.of(new WayOn.Cycle(body, then.get(), v.text(m.get("overdueSignal"), at + ".overdueSignal")));
    });
  }

  private Map<String, ArchivePlace> placeFor(Object value, String at) {
    Map<String, ArchivePlace> out = new LinkedHashMap<>();
    for (var e : v.object(value, at).orElse(Map.of()).entrySet()) {
      String here = at + "." + e.getKey();
      var doc = OverlayReader.known(v, words.document(e.getKey()), e.getKey(), "document", here);
      var place = v.text(e.getValue(), here).flatMap(c -> OverlayReader.known(v, words.place(c), c, "archive place", here));
      if (doc.isPresent() && place.isPresent()) {
        out.put(doc.get().code(), place.get());
      }
    }
    return out;
  }

  private Map<Description.HintKind, String> dismiss(Object value, String at) {
    Map<Description.HintKind, String> out = new EnumMap<>(Description.HintKind.class);
    for (var e : v.object(value, at).orElse(Map.of()).entrySet()) {
      String here = at + "." + e.getKey();
      Optional<Description.HintKind> kind = Description.HintKind.ofWord(e.getKey());
      if (kind.isEmpty()) {
        v.error(here, "expected one of parallel, condition, fan-out, cycle, raisable, link");
        continue;
      }
      v.text(e.getValue(), here).ifPresentOrElse(reason -> out.put(kind.get(), reason),
          () -> v.error(here, "expected the reason, in words, why the text does not mean this"));
    }
    return out;
  }
}
