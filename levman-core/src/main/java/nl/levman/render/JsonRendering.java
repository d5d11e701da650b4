package nl.levman.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.levman.json.Json;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;

/**
 * A definition as JSON: key, version, and per step its number, role code, labels, needs (document
 * codes), archive place (code or null), the documents it archives (code to place), its behaviour
 * (name, documents read, fields, summaries; or null), further roles, triggers, and arrows ({@code outcome} as the handbook words it, or
 * null; {@code to} a step number or "end"; {@code kind} what sort of arrow).
 */
public final class JsonRendering {
  private JsonRendering() {}

  public static String of(ProcessDefinition d) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("key", d.key());
    root.put("version", d.version());
    root.put("about", d.about().stream().map(a -> a.word()).sorted().toList());
    List<Object> steps = new ArrayList<>();
    for (Step step : d.steps()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("number", step.number());
      s.put("role", step.role().map(r -> r.code()).orElse(null));
      s.put("labelNl", step.labelNl());
      s.put("labelEn", step.labelEn());
      s.put("needs", step.needs().stream().map(n -> n.code()).toList());
      s.put("archivesTo", step.archivesTo().map(p -> p.code()).orElse(null));
      s.put("raisable", step.raisable());
      s.put("alsoBy", step.alternates().stream().map(r -> r.code()).toList());
      Map<String, Object> archives = new LinkedHashMap<>();
      step.archives().forEach(doc -> archives.put(doc.code(), step.placeOf(doc.code()).map(p -> p.code()).orElse(null)));
      s.put("archives", archives);
      s.put("behaviour", step.behaviour().map(b -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("reads", b.reads().stream().map(r -> r.code()).toList());
        m.put("fields", b.fields());
        m.put("summaryNl", b.summaryNl());
        m.put("summaryEn", b.summaryEn());
        return (Object) m;
      }).orElse(null));
      s.put("raisedOn", step.raisedOn().stream().sorted().toList());
      List<Object> next = new ArrayList<>();
      for (Arrows.Arrow a : Arrows.of(d, step)) {
        Map<String, Object> arrow = new LinkedHashMap<>();
        arrow.put("outcome", a.outcome().orElse(null));
        arrow.put("to", a.to().isPresent() ? a.to().get() : "end");
        arrow.put("kind", a.kind());
        next.add(arrow);
      }
      s.put("next", next);
      steps.add(s);
    }
    root.put("steps", steps);
    return Json.write(root);
  }
}
