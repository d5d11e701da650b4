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
 * codes), archive place (code or null) and arrows ({@code outcome} as the handbook words it, or
 * null; {@code to} a step number or "end"; {@code kind} what sort of arrow).
 */
public final class JsonRendering {
  private JsonRendering() {}

  public static String of(ProcessDefinition d) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("key", d.key());
    root.put("version", d.version());
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
