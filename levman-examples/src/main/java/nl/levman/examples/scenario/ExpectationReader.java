package nl.levman.examples.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.levman.examples.scenario.Scenario.Expectations;
import nl.levman.model.InstanceStatus;

/** Reads an {@code expect}: each key of the format, typed, with its path when it is not. */
final class ExpectationReader {
  private static final Set<String> KEYS = Set.of("instance", "open", "notOpen", "status", "signals", "archived",
      "notifications", "penalties", "proposal", "process8Started", "startedByJaarkalender");

  Expectations read(Node e) {
    e.object("an expectation", KEYS);
    Optional<String> status = e.optText("status");
    status.ifPresent(s -> {
      if (java.util.Arrays.stream(InstanceStatus.values()).noneMatch(v -> v.name().equalsIgnoreCase(s))) {
        throw e.at("status").fail("a status is running or completed, not '" + s + "'");
      }
    });
    Map<String, List<String>> archived = new LinkedHashMap<>();
    e.members("archived").forEach((place, names) -> archived.put(place, e.at("archived").texts(place)));
    List<Scenario.NotificationWanted> notifications = e.list("notifications").stream().map(n -> {
      n.object("a notification", Set.of("kind", "step", "details"));
      Map<String, String> details = new LinkedHashMap<>();
      n.members("details").forEach((k, v) -> details.put(k, v.text()));
      return new Scenario.NotificationWanted(n.text("kind"), n.optWhole("step", 1), details);
    }).toList();
    Optional<List<Scenario.PenaltyWanted>> penalties = !e.has("penalties") ? Optional.empty()
        : Optional.of(e.list("penalties").stream().map(p -> {
          p.object("a penalty", Set.of("period", "amount"));
          return new Scenario.PenaltyWanted(p.whole("period", 1), p.decimal("amount"));
        }).toList());
    Optional<Scenario.ProposalWanted> proposal = Optional.empty();
    if (e.has("proposal")) {
      Node p = e.at("proposal").object("the step-14 proposal", Set.of("period", "outcome"));
      proposal = Optional.of(new Scenario.ProposalWanted(p.optWhole("period", 1), p.text("outcome")));
    }
    if (e.has("open") && !e.at("open").json().isArray()) {
      throw e.at("open").fail("must be a list of step numbers, not " + Node.shown(e.at("open").json()));
    }
    if (e.has("signals") && !e.at("signals").json().isArray()) {
      throw e.at("signals").fail("must be a list of signals, not " + Node.shown(e.at("signals").json()));
    }
    return new Expectations(e.has("open") ? Optional.of(e.wholes("open", 1)) : Optional.empty(),
        e.wholes("notOpen", 1), status,
        e.has("signals") ? Optional.of(e.texts("signals")) : Optional.empty(), archived, notifications,
        penalties, proposal, e.optBool("process8Started"), e.optBool("startedByJaarkalender"));
  }
}
