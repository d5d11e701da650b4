package nl.levman.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.Target;
import nl.levman.model.WayOn;

/** The arrows leaving a step, flattened for renderers: where to, the gate outcome, what kind. */
final class Arrows {
  private Arrows() {}

  /** One arrow: its kind (next, outcome, split, join, condition:…, forEach:…, cycle, link:…). */
  record Arrow(String kind, Optional<String> outcome, Optional<Integer> to) {
    String target() {
      return to.map(String::valueOf).orElse("end");
    }
  }

  static List<Arrow> of(ProcessDefinition d, Step step) {
    List<Arrow> arrows = new ArrayList<>();
    WayOn way = step.wayOn();
    if (way instanceof WayOn.Next next) {
      arrows.add(new Arrow("next", Optional.empty(), number(next.to())));
    } else if (way instanceof WayOn.Gate gate) {
      for (Outcome o : gate.outcomes()) {
        arrows.add(new Arrow("outcome", Optional.of(o.name()), number(o.to())));
      }
    } else if (way instanceof WayOn.Split split) {
      split.branches().forEach(b -> arrows.add(new Arrow("split", Optional.empty(), Optional.of(b))));
    } else if (way instanceof WayOn.Join) {
      int split = d.routes().splitClosedBy(step.number()).orElseThrow();
      WayOn then = ((WayOn.Split) d.step(split).wayOn()).then();
      if (then instanceof WayOn.Condition c) {
        arrows.add(new Arrow("join+condition:" + c.flag(), Optional.empty(), number(c.whenTrue())));
        arrows.add(new Arrow("join+condition:not " + c.flag(), Optional.empty(), number(c.whenFalse())));
      } else {
        arrows.add(new Arrow("join", Optional.empty(), number(((WayOn.Next) then).to())));
      }
    } else if (way instanceof WayOn.Condition c) {
      arrows.add(new Arrow("condition:" + c.flag(), Optional.empty(), number(c.whenTrue())));
      arrows.add(new Arrow("condition:not " + c.flag(), Optional.empty(), number(c.whenFalse())));
    } else if (way instanceof WayOn.ForEach f) {
      arrows.add(new Arrow("forEach:" + f.itemKind(), Optional.empty(), Optional.of(f.first())));
      arrows.add(new Arrow("after:" + f.itemKind(), Optional.empty(), number(f.then())));
    } else if (way instanceof WayOn.Cycle c) {
      arrows.add(new Arrow("cycle", Optional.empty(), Optional.of(c.first())));
      arrows.add(new Arrow("after term", Optional.empty(), number(c.then())));
    } else if (way instanceof WayOn.Link link) {
      arrows.add(new Arrow("link:" + link.processKey(), Optional.empty(), number(link.then())));
    }
    return arrows;
  }

  static Optional<Integer> number(Target target) {
    return target instanceof Target.ToStep s ? Optional.of(s.number()) : Optional.empty();
  }
}
