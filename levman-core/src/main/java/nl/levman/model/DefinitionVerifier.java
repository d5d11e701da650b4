package nl.levman.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a definition as it is built, and computes its {@link Routes}. */
final class DefinitionVerifier {
  private static final int END = 0;
  private final ProcessDefinition definition;
  private final String where;

  DefinitionVerifier(ProcessDefinition definition) {
    this.definition = definition;
    this.where = "process '" + definition.key() + "'";
  }

  Routes verify() {
    for (Step step : definition.steps()) {
      checkDeclarations(step);
      checkTargets(step);
    }
    Map<Integer, Integer> splitOfJoin = joinOwners();
    Map<Integer, List<Integer>> fanOuts = new HashMap<>();
    Map<Integer, Integer> cycles = new HashMap<>();
    for (Step step : definition.steps()) {
      if (step.wayOn() instanceof WayOn.ForEach forEach) {
        checkFanOutExits(step, forEach);
        for (int member : forEach.body()) {
          fanOuts.computeIfAbsent(member, m -> new ArrayList<>()).add(step.number());
        }
      } else if (step.wayOn() instanceof WayOn.Cycle cycle) {
        for (int member : cycle.body()) {
          if (cycles.put(member, step.number()) != null) {
            throw fail(member, "is in the body of more than one cycle");
          }
        }
      }
    }
    fanOuts.values().forEach(list -> list.sort((a, b) -> nesting(a, b, fanOuts)));
    Map<Integer, Set<Integer>> successors = new HashMap<>();
    for (Step step : definition.steps()) {
      Set<Integer> next = successorsOf(step, splitOfJoin);
      Integer cycleStep = cycles.get(step.number());
      if (cycleStep != null) {
        WayOn.Cycle cycle = (WayOn.Cycle) definition.step(cycleStep).wayOn();
        if (next.contains(cycle.first())) {
          next.add(number(cycle.then()));
        }
      }
      successors.put(step.number(), next);
    }
    checkReachable(successors);
    checkEndReachable(successors);
    Routes routes = new Routes(splitOfJoin, fanOuts, cycles, successors);
    checkShapes(routes);
    return routes;
  }

  /** Shapes the engine cannot run, refused when the definition is built. */
  private void checkShapes(Routes routes) {
    List<Integer> cycleSteps = definition.steps().stream()
        .filter(s -> s.wayOn() instanceof WayOn.Cycle).map(Step::number).toList();
    if (cycleSteps.size() > 1) {
      throw fail(cycleSteps.get(1), "holds a second periodic cycle (the first is at step "
          + cycleSteps.get(0) + "); one cycle per process is supported");
    }
    for (Step step : definition.steps()) {
      WayOn way = step.wayOn();
      if (way instanceof WayOn.Split split) {
        split.branches().forEach(b -> needsRole(b, "starts a branch of the split at step " + step.number()));
      } else if (way instanceof WayOn.ForEach f) {
        needsRole(f.first(), "starts the fan-out of step " + step.number());
      } else if (way instanceof WayOn.Cycle c) {
        needsRole(c.first(), "starts each period of the cycle of step " + step.number());
      }
      if (!step.raisedOn().isEmpty() && !step.raisable()) {
        throw fail(step.number(), "is raised on " + step.raisedOn() + ", so it must be raisable");
      }
      for (Role role : step.roles()) {
        if (role.scope() == RoleScope.SUPPLIER && !suppliedWith(step, Subject.SUPPLIER, routes)) {
          throw fail(step.number(), "is done by " + role.code()
              + ", a role held per supplier, but neither the process is about a supplier"
              + " nor does the step run per supplier");
        }
        if (role.scope() == RoleScope.SERVICE && !suppliedWith(step, Subject.SERVICE, routes)
            && !suppliedWith(step, Subject.SUPPLIER, routes)) {
          throw fail(step.number(), "is done by " + role.code()
              + ", a role held per service, but the process is about no service or supplier"
              + " and the step runs per neither");
        }
      }
      if (step.archivesAnything() && !suppliedWith(step, Subject.SUPPLIER, routes)) {
        throw fail(step.number(), "archives, but neither the process is about a supplier nor does"
            + " the step run per supplier, so there is no supplier folder to archive in");
      }
    }
  }

  /** Whether a step's position always knows this subject: from the start, or from a fan-out over it. */
  private boolean suppliedWith(Step step, Subject subject, Routes routes) {
    if (definition.about().contains(subject)) {
      return true;
    }
    return routes.fanOutsAround(step.number()).stream()
        .map(f -> (WayOn.ForEach) definition.step(f).wayOn())
        .anyMatch(f -> f.itemKind().equals(subject.word()));
  }

  private void needsRole(int number, String what) {
    if (!definition.step(number).isManual()) {
      throw fail(number, what + ", so it needs a responsible role");
    }
  }

  /** Orders two fan-outs around one step: the one whose body holds the other comes first. */
  private int nesting(int a, int b, Map<Integer, List<Integer>> fanOuts) {
    if (fanOuts.getOrDefault(b, List.of()).contains(a)) {
      return -1;
    }
    if (fanOuts.getOrDefault(a, List.of()).contains(b)) {
      return 1;
    }
    return Integer.compare(a, b);
  }

  private void checkDeclarations(Step step) {
    step.role()
        .ifPresent(
            role -> {
              if (!role.equals(definition.role(role.code()).orElse(null))) {
                throw fail(step.number(), "names role '" + role.code() + "', which is not declared");
              }
            });
    for (Role role : step.alternates()) {
      if (!role.equals(definition.role(role.code()).orElse(null))) {
        throw fail(step.number(), "may be done by role '" + role.code() + "', which is not declared");
      }
    }
    for (DocumentType needed : step.needs()) {
      if (!needed.equals(definition.document(needed.code()).orElse(null))) {
        throw fail(step.number(), "needs document '" + needed.code() + "', which is not declared");
      }
    }
    for (DocumentType archived : step.archives()) {
      if (!archived.equals(definition.document(archived.code()).orElse(null))) {
        throw fail(step.number(), "archives document '" + archived.code() + "', which is not declared");
      }
      if (step.placeOf(archived.code()).isEmpty()) {
        throw fail(step.number(), "archives document '" + archived.code() + "' but has no archive place");
      }
    }
    step.placeFor().forEach((type, place) -> {
      if (definition.document(type).isEmpty()) {
        throw fail(step.number(), "archives document '" + type + "', which is not declared");
      }
      if (!definition.places().contains(place)) {
        throw fail(step.number(), "archives to '" + place.code() + "', which is not declared");
      }
    });
    step.behaviour().ifPresent(b -> {
      for (DocumentType read : b.reads()) {
        if (!read.equals(definition.document(read.code()).orElse(null))) {
          throw fail(step.number(), "runs behaviour " + b.name() + ", which reads document '"
              + read.code() + "', which is not declared");
        }
      }
      if (!step.isManual()) {
        throw fail(step.number(), "runs behaviour " + b.name() + ", so it needs a responsible role");
      }
    });
    step.archivesTo()
        .ifPresent(
            place -> {
              if (!definition.places().contains(place)) {
                throw fail(
                    step.number(), "archives to '" + place.code() + "', which is not declared");
              }
            });
    if (step.raisable() && !step.isManual()) {
      throw fail(step.number(), "can be raised at any time, so it needs a responsible role");
    }
    if (step.wayOn() instanceof WayOn.Condition c && !definition.flags().contains(c.flag())) {
      throw fail(step.number(), "tests flag '" + c.flag() + "', which is not declared");
    }
    if (step.wayOn() instanceof WayOn.Split split
        && split.then() instanceof WayOn.Condition c
        && !definition.flags().contains(c.flag())) {
      throw fail(step.number(), "tests flag '" + c.flag() + "', which is not declared");
    }
    if (step.wayOn() instanceof WayOn.ForEach f && !definition.itemKinds().contains(f.itemKind())) {
      throw fail(step.number(), "fans out per '" + f.itemKind() + "', which is not declared");
    }
    if (step.wayOn() instanceof WayOn.Link link && link.processKey().isBlank()) {
      throw fail(step.number(), "links to a process without a key");
    }
  }

  private void checkTargets(Step step) {
    WayOn way = step.wayOn();
    if (way instanceof WayOn.Gate gate) {
      for (Outcome o : gate.outcomes()) {
        checkTarget(step, o.to(), "outcome '" + o.name() + "' leads to");
      }
    } else if (way instanceof WayOn.Split split) {
      split.branches().forEach(b -> checkTarget(step, Target.step(b), "a branch starts at"));
      targetsOf(split.then()).forEach(t -> checkTarget(step, t, "after the join it leads to"));
    } else if (way instanceof WayOn.ForEach f) {
      f.body().forEach(b -> checkTarget(step, Target.step(b), "its fan-out holds"));
      checkTarget(step, f.then(), "after the fan-out it leads to");
    } else if (way instanceof WayOn.Cycle c) {
      c.body().forEach(b -> checkTarget(step, Target.step(b), "its cycle holds"));
      checkTarget(step, c.then(), "after the cycle it leads to");
    } else if (way instanceof WayOn.Link link) {
      checkTarget(step, link.then(), "after the link it leads to");
    } else {
      targetsOf(way).forEach(t -> checkTarget(step, t, "leads to"));
    }
  }

  private void checkTarget(Step step, Target target, String what) {
    if (target instanceof Target.ToStep to && definition.findStep(to.number()).isEmpty()) {
      throw fail(step.number(), what + " step " + to.number() + ", which does not exist");
    }
  }

  private static List<Target> targetsOf(WayOn way) {
    if (way instanceof WayOn.Next next) {
      return List.of(next.to());
    } else if (way instanceof WayOn.Gate gate) {
      return gate.outcomes().stream().map(Outcome::to).toList();
    } else if (way instanceof WayOn.Condition c) {
      return List.of(c.whenTrue(), c.whenFalse());
    } else if (way instanceof WayOn.Link link) {
      return List.of(link.then());
    }
    return List.of();
  }

  private static int number(Target target) {
    return target instanceof Target.ToStep to ? to.number() : END;
  }

  /** Each join belongs to the one split whose branches reach it. */
  private Map<Integer, Integer> joinOwners() {
    Map<Integer, Integer> owners = new HashMap<>();
    for (Step step : definition.steps()) {
      if (!(step.wayOn() instanceof WayOn.Split split)) {
        continue;
      }
      for (int branch : split.branches()) {
        boolean joined = false;
        Deque<Integer> todo = new ArrayDeque<>(List.of(branch));
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
          int at = todo.pop();
          if (at == END || !seen.add(at)) {
            continue;
          }
          WayOn way = definition.step(at).wayOn();
          if (way instanceof WayOn.Join) {
            Integer earlier = owners.put(at, step.number());
            if (earlier != null && earlier != step.number()) {
              throw fail(at, "joins both the split of step " + earlier + " and of step " + step.number());
            }
            joined = true;
          } else if (way instanceof WayOn.Split inner) {
            targetsOf(inner.then()).forEach(t -> todo.push(number(t)));
          } else {
            targetsOf(way).forEach(t -> todo.push(number(t)));
            if (way instanceof WayOn.ForEach f) {
              todo.push(number(f.then()));
            } else if (way instanceof WayOn.Cycle c) {
              todo.push(number(c.then()));
            }
          }
        }
        if (!joined) {
          throw fail(step.number(), "splits into a branch at step " + branch + " that never joins");
        }
      }
    }
    for (Step step : definition.steps()) {
      if (step.wayOn() instanceof WayOn.Join && !owners.containsKey(step.number())) {
        throw fail(step.number(), "joins, but no parallel split leads to it");
      }
    }
    return owners;
  }

  private void checkFanOutExits(Step step, WayOn.ForEach forEach) {
    Set<Integer> exits = new LinkedHashSet<>();
    for (int member : forEach.body()) {
      for (Target t : targetsOf(definition.step(member).wayOn())) {
        int to = number(t);
        if (to != number(forEach.then()) && !forEach.body().contains(to)) {
          exits.add(to);
        }
      }
    }
    if (exits.size() > 1) {
      throw fail(step.number(), "fans out to a body that leaves it for more than one step: " + exits);
    }
  }

  private Set<Integer> successorsOf(Step step, Map<Integer, Integer> splitOfJoin) {
    Set<Integer> next = new LinkedHashSet<>();
    WayOn way = step.wayOn();
    if (way instanceof WayOn.Split split) {
      next.addAll(split.branches());
    } else if (way instanceof WayOn.Join) {
      WayOn.Split split = (WayOn.Split) definition.step(splitOfJoin.get(step.number())).wayOn();
      targetsOf(split.then()).forEach(t -> next.add(number(t)));
    } else if (way instanceof WayOn.ForEach f) {
      next.add(f.first());
      next.add(number(f.then()));
    } else if (way instanceof WayOn.Cycle c) {
      next.add(c.first());
      next.add(number(c.then()));
    } else {
      targetsOf(way).forEach(t -> next.add(number(t)));
    }
    return next;
  }

  private void checkReachable(Map<Integer, Set<Integer>> successors) {
    Set<Integer> reached = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(definition.startStep().number());
    definition.raisableSteps().forEach(s -> todo.push(s.number()));
    while (!todo.isEmpty()) {
      int at = todo.pop();
      if (at != END && reached.add(at)) {
        successors.get(at).forEach(todo::push);
      }
    }
    for (Step step : definition.steps()) {
      if (!reached.contains(step.number())) {
        throw fail(
            step.number(),
            "cannot be reached from the start (step "
                + definition.startStep().number()
                + ") or from a step that can be raised");
      }
    }
  }

  private void checkEndReachable(Map<Integer, Set<Integer>> successors) {
    Set<Integer> ending = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var entry : successors.entrySet()) {
        if (!ending.contains(entry.getKey())
            && entry.getValue().stream().anyMatch(s -> s == END || ending.contains(s))) {
          ending.add(entry.getKey());
          grew = true;
        }
      }
    }
    for (Step step : definition.steps()) {
      if (!ending.contains(step.number())) {
        throw fail(step.number(), "has no way on to an end: every path from it loops forever");
      }
    }
  }

  private LevmanException fail(int step, String what) {
    return new LevmanException(where + ": step " + step + " " + what);
  }
}
