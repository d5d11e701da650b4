package nl.levman.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure behind the arrows of a verified definition: which split each join closes, and
 * which fan-outs and cycle each step runs in. Computed once when the definition is built.
 */
public final class Routes {
  private final Map<Integer, Integer> splitOfJoin;
  private final Map<Integer, List<Integer>> enclosingFanOuts;
  private final Map<Integer, Integer> cycleOf;
  private final Map<Integer, Set<Integer>> successors;

  Routes(
      Map<Integer, Integer> splitOfJoin,
      Map<Integer, List<Integer>> enclosingFanOuts,
      Map<Integer, Integer> cycleOf,
      Map<Integer, Set<Integer>> successors) {
    this.splitOfJoin = Map.copyOf(splitOfJoin);
    this.enclosingFanOuts = Map.copyOf(enclosingFanOuts);
    this.cycleOf = Map.copyOf(cycleOf);
    this.successors = Map.copyOf(successors);
  }

  /** The step holding the split whose branch ends at this joining step. */
  public Optional<Integer> splitClosedBy(int joinStep) {
    return Optional.ofNullable(splitOfJoin.get(joinStep));
  }

  /** The steps that join the split at this step. */
  public List<Integer> joinsOf(int splitStep) {
    List<Integer> joins = new ArrayList<>();
    splitOfJoin.forEach((join, split) -> {
      if (split == splitStep) {
        joins.add(join);
      }
    });
    joins.sort(Integer::compare);
    return joins;
  }

  /** The fan-out steps whose body holds this step, outermost first. */
  public List<Integer> fanOutsAround(int step) {
    return enclosingFanOuts.getOrDefault(step, List.of());
  }

  /** The innermost fan-out step whose body holds this step. */
  public Optional<Integer> fanOutAround(int step) {
    List<Integer> around = fanOutsAround(step);
    return around.isEmpty() ? Optional.empty() : Optional.of(around.get(around.size() - 1));
  }

  /** The cycle step whose body holds this step. */
  public Optional<Integer> cycleAround(int step) {
    return Optional.ofNullable(cycleOf.get(step));
  }

  /** The steps an arrow leads to from this step (0 stands for the end). */
  public Set<Integer> successors(int step) {
    return successors.getOrDefault(step, Set.of());
  }
}
