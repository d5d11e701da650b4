package nl.levman.examples.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.HistoryEntry;
import nl.levman.domain.mitigation.MitigationActionsAgreed;
import nl.levman.domain.risk.Ranked;
import nl.levman.domain.risk.RankingMade;
import nl.levman.domain.risk.RiskProfileScored;
import nl.levman.examples.report.RiskReview.State;
import nl.levman.model.Event;
import nl.levman.model.InstanceStatus;
import nl.levman.spi.InstanceSummary;

/**
 * Reads one risk review's history into a {@link RiskReview}. A mitigation action is declared with
 * its supplier's profile, agreed with a due date, judged done (or not) by the service owner, and
 * closed when the MT then says its supplier's actions are done; an MT "nee" sends the judged actions
 * back to follow-up.
 */
final class ReviewReading {
  private static final String SUPPLIER = "supplier";
  private static final String ACTION = "mitigation-action";

  private final Opened opened = new Opened();
  private final Map<String, Action> actions = new LinkedHashMap<>();
  private final List<RiskProfileScored> profiles = new ArrayList<>();
  private final List<RiskReview.MtDecision> decisions = new ArrayList<>();
  private List<Ranked> ranking = List.of();
  private List<String> selected = List.of();

  /** A mitigation action while the history is read. */
  private static final class Action {
    final String supplier;
    final String id;
    Optional<String> description = Optional.empty();
    Optional<LocalDate> due = Optional.empty();
    State state = State.DECLARED;
    Instant since;
    Optional<Instant> signalled = Optional.empty();

    Action(String supplier, String id, Instant since) {
      this.supplier = supplier;
      this.id = id;
      this.since = since;
    }

    void to(State next, Instant at) {
      state = next;
      since = at;
    }
  }

  static RiskReview read(InstanceSummary instance, List<HistoryEntry> history, LocalDate today) {
    ReviewReading reading = new ReviewReading();
    history.forEach(reading::add);
    List<RiskReview.Mitigation> mitigations = reading.actions.values().stream()
        .map(a -> new RiskReview.Mitigation(a.supplier, a.id, a.description, a.due, a.state, a.since,
            (a.state == State.DECLARED || a.state == State.AGREED) && a.due.filter(today::isAfter).isPresent(),
            a.signalled))
        .toList();
    return new RiskReview(instance.id(), instance.startedAt(), instance.status() == InstanceStatus.RUNNING,
        reading.ranking, reading.selected, reading.profiles, reading.decisions, mitigations);
  }

  private void add(HistoryEntry entry) {
    Event e = entry.event();
    if (e instanceof Event.StepOpened o) {
      opened.add(o);
    } else if (e instanceof RankingMade r) {
      ranking = r.ranking();
    } else if (e instanceof RiskProfileScored p) {
      profiles.add(p);
    } else if (e instanceof MitigationActionsAgreed agreed) {
      for (MitigationActionsAgreed.Agreed a : agreed.actions()) {
        Action action = action(agreed.supplier(), a.id(), entry.at());
        action.description = Optional.of(a.description());
        action.due = Optional.of(a.due());
        action.to(State.AGREED, entry.at());
      }
    } else if (e instanceof Event.StepCompleted c) {
      completed(c, entry.at());
    } else if (e instanceof Event.SignalRaised s && s.details().containsKey(ACTION)) {
      String id = s.details().get(ACTION);
      Optional<String> supplier = s.about().flatMap(item -> opened.subject(item, SUPPLIER));
      actions.values().stream().filter(a -> a.id.equals(id) && supplier.map(a.supplier::equals).orElse(true))
          .forEach(a -> a.signalled = Optional.of(entry.at()));
    }
  }

  private void completed(Event.StepCompleted c, Instant at) {
    Optional<String> supplier = opened.subject(c.item(), SUPPLIER);
    if (c.declared().containsKey(SUPPLIER)) {
      selected = c.declared().get(SUPPLIER);
    }
    if (c.declared().containsKey(ACTION) && supplier.isPresent()) {
      c.declared().get(ACTION).forEach(id -> action(supplier.get(), id, at));
    }
    if (c.outcome().isEmpty() || supplier.isEmpty()) {
      return;
    }
    boolean yes = c.outcome().get().equals("ja");
    Optional<String> judged = opened.subject(c.item(), ACTION);
    if (judged.isPresent()) {
      action(supplier.get(), judged.get(), at).to(yes ? State.JUDGED_DONE : State.AGREED, at);
    } else if (c.role().equals("MT")) {
      decisions.add(new RiskReview.MtDecision(supplier.get(), c.step(), c.outcome().get(), at));
      actions.values().stream().filter(a -> a.supplier.equals(supplier.get()) && a.state == State.JUDGED_DONE)
          .forEach(a -> a.to(yes ? State.CLOSED : State.AGREED, at));
    }
  }

  private Action action(String supplier, String id, Instant at) {
    return actions.computeIfAbsent(supplier + "\u0000" + id, k -> new Action(supplier, id, at));
  }
}
