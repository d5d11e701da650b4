package nl.levman.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.WayOn;

/**
 * A definition as BPMN 2.0 XML that modelling tools open laid out: manual steps are user tasks
 * whose potential owner (and Camunda candidate group) is the role; decision gates are exclusive
 * gateways with a flow per outcome; a parallel split and its join are parallel gateways; a
 * condition known at start is an exclusive gateway; the body of a fan-out is multi-instance; a
 * periodic cycle is an exclusive gateway the body returns to each period; a link is a call
 * activity; a step raisable at any time is an event sub-process. Diagram interchange (BPMNDI)
 * places every node by its distance from the start.
 */
public final class BpmnRendering {
  private BpmnRendering() {}

  public static String of(ProcessDefinition d, Language language) {
    return new Builder(d, language).build();
  }

  private static final class Builder {
    private final ProcessDefinition d;
    private final Language language;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Flow> flows = new ArrayList<>();
    private final Map<Integer, Integer> multiInstance = new HashMap<>();

    Builder(ProcessDefinition d, Language language) {
      this.d = d;
      this.language = language;
    }

    record Node(String id, String type, String name, Optional<String> role, String extra) {}

    record Flow(String id, String from, String to, String name) {}

    String build() {
      collect();
      Map<String, int[]> at = layout();
      StringBuilder x = new StringBuilder();
      x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      x.append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
          + " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""
          + " xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""
          + " xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
          + " id=\"definitions_").append(id(d.key())).append("\" targetNamespace=\"https://levman.nl/bpmn\""
          + " exporter=\"Levman\" exporterVersion=\"1\">\n");
      x.append("  <bpmn:process id=\"").append(id(d.key())).append("\" name=\"")
          .append(esc(d.name(language))).append("\" isExecutable=\"false\">\n");
      for (Node n : nodes.values()) {
        if (n.id().startsWith("sub_")) {
          continue;
        }
        node(x, n, "    ");
      }
      for (Flow f : flows) {
        if (!f.from().startsWith("sub_")) {
          flow(x, f, "    ");
        }
      }
      for (Step step : d.raisableSteps()) {
        String sub = "sub_" + step.number();
        x.append("    <bpmn:subProcess id=\"").append(sub).append("\" name=\"")
            .append(esc(language == Language.NL ? "Op elk moment" : "At any time"))
            .append("\" triggeredByEvent=\"true\">\n");
        for (Node n : nodes.values()) {
          if (n.id().startsWith(sub + "_")) {
            node(x, n, "      ");
          }
        }
        for (Flow f : flows) {
          if (f.from().startsWith(sub + "_")) {
            flow(x, f, "      ");
          }
        }
        x.append("    </bpmn:subProcess>\n");
      }
      x.append("  </bpmn:process>\n");
      diagram(x, at);
      x.append("</bpmn:definitions>\n");
      return x.toString();
    }

    private void collect() {
      add(new Node("start", "startEvent", language == Language.NL ? "Start" : "Start", Optional.empty(), ""));
      add(new Node("end", "endEvent", language == Language.NL ? "Einde" : "End", Optional.empty(), ""));
      for (Step step : d.steps()) {
        if (step.wayOn() instanceof WayOn.ForEach f) {
          for (int member : f.body()) {
            multiInstance.put(member, step.number());
          }
        }
      }
      flow("start", task(d.startStep().number()), "");
      for (Step step : d.steps()) {
        String prefix = step.raisable() ? "sub_" + step.number() + "_" : "";
        String type = step.wayOn() instanceof WayOn.Link ? "callActivity"
            : step.isManual() ? "userTask" : "task";
        String extra = step.wayOn() instanceof WayOn.Link link
            ? " calledElement=\"" + esc(link.processKey()) + "\"" : "";
        add(new Node(prefix + task(step.number()), type, step.number() + ". " + title(step),
            step.role().map(r -> r.code()), extra));
        if (step.raisable()) {
          add(new Node(prefix + "start", "startEvent", language == Language.NL ? "Signaal" : "Signal",
              Optional.empty(), ""));
          add(new Node(prefix + "end", "endEvent", "", Optional.empty(), ""));
          flow(prefix + "start", prefix + task(step.number()), "");
          flow(prefix + task(step.number()), prefix + "end", "");
          continue;
        }
        ways(step);
      }
    }

    private void ways(Step step) {
      String from = task(step.number());
      WayOn way = step.wayOn();
      if (way instanceof WayOn.Gate gate) {
        String gw = "gateway_" + step.number();
        add(new Node(gw, "exclusiveGateway", "", Optional.empty(), ""));
        flow(from, gw, "");
        gate.outcomes().forEach(o -> flow(gw, target(step, Arrows.number(o.to())), o.name()));
      } else if (way instanceof WayOn.Split split) {
        String gw = "split_" + step.number();
        add(new Node(gw, "parallelGateway", "", Optional.empty(), ""));
        flow(from, gw, "");
        split.branches().forEach(b -> flow(gw, task(b), ""));
        String join = "join_" + step.number();
        add(new Node(join, "parallelGateway", "", Optional.empty(), ""));
        if (split.then() instanceof WayOn.Condition c) {
          String cond = "condition_" + step.number();
          add(new Node(cond, "exclusiveGateway", c.flag() + "?", Optional.empty(), ""));
          flow(join, cond, "");
          flow(cond, target(step, Arrows.number(c.whenTrue())), c.flag());
          flow(cond, target(step, Arrows.number(c.whenFalse())), "niet " + c.flag());
        } else {
          flow(join, target(step, Arrows.number(((WayOn.Next) split.then()).to())), "");
        }
      } else if (way instanceof WayOn.Join) {
        flow(from, "join_" + d.routes().splitClosedBy(step.number()).orElseThrow(), "");
      } else if (way instanceof WayOn.Cycle c) {
        String gw = "cycle_" + step.number();
        add(new Node(gw, "exclusiveGateway", language == Language.NL ? "Volgende periode?" : "Next period?",
            Optional.empty(), ""));
        flow(from, gw, "");
        flow(gw, task(c.first()), language == Language.NL ? "per rapportageperiode" : "each reporting period");
        flow(gw, target(step, Arrows.number(c.then())), language == Language.NL ? "einde looptijd" : "term ended");
      } else {
        for (Arrows.Arrow a : Arrows.of(d, step)) {
          flow(from, target(step, a.to()), a.outcome().orElse(""));
        }
      }
    }

    /** Where an arrow from a step lands: the step, the end, or the cycle gateway it returns to. */
    private String target(Step from, Optional<Integer> to) {
      if (to.isEmpty()) {
        return "end";
      }
      Optional<Integer> cycle = d.routes().cycleAround(from.number());
      if (cycle.isPresent() && ((WayOn.Cycle) d.step(cycle.get()).wayOn()).first() == to.get()) {
        return "cycle_" + cycle.get();
      }
      return task(to.get());
    }

    private String title(Step step) {
      String first = step.label(language).split("\n")[0];
      return first.length() <= 80 ? first : first.substring(0, 79) + "…";
    }

    private static String task(int number) {
      return "step_" + number;
    }

    private void add(Node node) {
      nodes.put(node.id(), node);
    }

    private void flow(String from, String to, String name) {
      flows.add(new Flow("flow_" + (flows.size() + 1), from, to, name));
    }

    private void node(StringBuilder x, Node n, String indent) {
      x.append(indent).append("<bpmn:").append(n.type()).append(" id=\"").append(n.id())
          .append("\" name=\"").append(esc(n.name())).append("\"").append(n.extra());
      n.role().filter(r -> n.type().equals("userTask"))
          .ifPresent(r -> x.append(" camunda:candidateGroups=\"").append(r).append("\""));
      StringBuilder body = new StringBuilder();
      int number = n.id().startsWith("step_") ? Integer.parseInt(n.id().substring(5)) : -1;
      if (n.type().equals("userTask") && number > 0) {
        java.util.List<String> needs = Needs.of(d, d.step(number), language);
        if (!needs.isEmpty()) {
          body.append(indent).append("  <bpmn:documentation>").append(esc(String.join("\n", needs)))
              .append("</bpmn:documentation>\n");
        }
      }
      for (Flow f : flows) {
        if (f.to().equals(n.id())) {
          body.append(indent).append("  <bpmn:incoming>").append(f.id()).append("</bpmn:incoming>\n");
        }
      }
      for (Flow f : flows) {
        if (f.from().equals(n.id())) {
          body.append(indent).append("  <bpmn:outgoing>").append(f.id()).append("</bpmn:outgoing>\n");
        }
      }
      if (n.type().equals("userTask") && n.role().isPresent()) {
        body.append(indent).append("  <bpmn:potentialOwner><bpmn:resourceAssignmentExpression>"
            + "<bpmn:formalExpression>").append(n.role().get())
            .append("</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner>\n");
      }
      int step = n.id().startsWith("step_") ? Integer.parseInt(n.id().substring(5)) : -1;
      if (multiInstance.containsKey(step)) {
        body.append(indent).append("  <bpmn:multiInstanceLoopCharacteristics/>\n");
      }
      if (n.type().equals("startEvent") && n.id().startsWith("sub_")) {
        body.append(indent).append("  <bpmn:signalEventDefinition/>\n");
      }
      x.append(">\n").append(body).append(indent).append("</bpmn:").append(n.type()).append(">\n");
    }

    private void flow(StringBuilder x, Flow f, String indent) {
      x.append(indent).append("<bpmn:sequenceFlow id=\"").append(f.id()).append("\" sourceRef=\"")
          .append(f.from()).append("\" targetRef=\"").append(f.to()).append("\"");
      if (!f.name().isEmpty()) {
        x.append(" name=\"").append(esc(f.name())).append("\"");
      }
      x.append("/>\n");
    }

    /** Columns by distance from the start (back edges ignored), rows by order within a column. */
    private Map<String, int[]> layout() {
      Map<String, Integer> rank = new HashMap<>();
      Deque<String> todo = new ArrayDeque<>();
      rank.put("start", 0);
      todo.add("start");
      while (!todo.isEmpty()) {
        String at = todo.poll();
        for (Flow f : flows) {
          if (f.from().equals(at) && !rank.containsKey(f.to())) {
            rank.put(f.to(), rank.get(at) + 1);
            todo.add(f.to());
          }
        }
      }
      int maxRank = rank.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      Map<Integer, Integer> rows = new HashMap<>();
      Map<String, int[]> at = new LinkedHashMap<>();
      int lowest = 0;
      for (Node n : nodes.values()) {
        if (n.id().startsWith("sub_")) {
          continue;
        }
        int r = rank.getOrDefault(n.id(), maxRank + 1);
        int row = rows.merge(r, 1, Integer::sum) - 1;
        int[] size = size(n);
        int x = 60 + r * 180 + (120 - size[0]) / 2;
        int y = 60 + row * 130 + (80 - size[1]) / 2;
        at.put(n.id(), new int[] {x, y, size[0], size[1]});
        lowest = Math.max(lowest, 60 + row * 130 + 80);
      }
      int subY = lowest + 80;
      for (Step step : d.raisableSteps()) {
        String sub = "sub_" + step.number();
        at.put(sub, new int[] {60, subY, 460, 160});
        int col = 0;
        for (Node n : nodes.values()) {
          if (n.id().startsWith(sub + "_")) {
            int[] size = size(n);
            at.put(n.id(), new int[] {100 + col * 150 + (120 - size[0]) / 2, subY + 40 + (80 - size[1]) / 2,
                size[0], size[1]});
            col++;
          }
        }
        subY += 200;
      }
      return at;
    }

    private static int[] size(Node n) {
      if (n.type().endsWith("Event")) {
        return new int[] {36, 36};
      }
      if (n.type().endsWith("Gateway")) {
        return new int[] {50, 50};
      }
      return new int[] {120, 80};
    }

    private void diagram(StringBuilder x, Map<String, int[]> at) {
      x.append("  <bpmndi:BPMNDiagram id=\"diagram_").append(id(d.key())).append("\">\n");
      x.append("    <bpmndi:BPMNPlane id=\"plane_").append(id(d.key())).append("\" bpmnElement=\"")
          .append(id(d.key())).append("\">\n");
      for (Map.Entry<String, int[]> e : at.entrySet()) {
        int[] b = e.getValue();
        x.append("      <bpmndi:BPMNShape id=\"").append(e.getKey()).append("_di\" bpmnElement=\"")
            .append(e.getKey()).append("\"");
        if (e.getKey().startsWith("sub_") && !e.getKey().substring(4).contains("_")) {
          x.append(" isExpanded=\"true\"");
        }
        x.append("><dc:Bounds x=\"").append(b[0]).append("\" y=\"").append(b[1]).append("\" width=\"")
            .append(b[2]).append("\" height=\"").append(b[3]).append("\"/></bpmndi:BPMNShape>\n");
      }
      for (Flow f : flows) {
        int[] s = at.get(f.from());
        int[] t = at.get(f.to());
        x.append("      <bpmndi:BPMNEdge id=\"").append(f.id()).append("_di\" bpmnElement=\"").append(f.id())
            .append("\"><di:waypoint x=\"").append(s[0] + s[2]).append("\" y=\"").append(s[1] + s[3] / 2)
            .append("\"/><di:waypoint x=\"").append(t[0]).append("\" y=\"").append(t[1] + t[3] / 2)
            .append("\"/></bpmndi:BPMNEdge>\n");
      }
      x.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n");
    }

    private static String id(String key) {
      return key.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String esc(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
          .replace("\n", "&#10;");
    }
  }
}
