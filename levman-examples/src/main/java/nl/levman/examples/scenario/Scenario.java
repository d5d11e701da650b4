package nl.levman.examples.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.spi.Jaarkalender;

/**
 * A scenario file as read, checked and typed before anything runs. Format 1 checks the flow only;
 * format 2 binds the handbook's rules to what the scenario declares. The format is described in
 * {@code levman-examples/SCENARIOS.md}.
 */
record Scenario(
    int format,
    Optional<String> process,
    Optional<Imported> definition,
    String instance,
    Instant clock,
    List<Grant> people,
    List<Delegation> delegations,
    Optional<Start> start,
    Declared declared,
    List<Command> commands) {

  /** A definition imported from a handbook step table, paths from the scenario's folder. */
  record Imported(String table, Optional<String> overlay) {}

  record Grant(String person, String role, Scope scope) {}

  record Delegation(String from, String to, String role, Scope scope, LocalDate start, LocalDate end) {}

  /** What the scenario declares for the handbook's rules (format 2); empty lists when not given. */
  record Declared(
      List<ServiceLevelAgreement> slas,
      List<Mandaatlijst.Version> mandaatlijst,
      RiskProfileTemplate riskTemplate,
      int selected,
      List<Candidate> candidates,
      List<Jaarkalender.Entry> jaarkalender) {}

  /** Starting an instance: by whom, of which process, with which context and command id. */
  record Start(String at, String process, String instance, String by, ProcessContext context,
      Optional<String> id, Expecting expecting) {}

  /** What a command's result is expected to be: refused with a code, or the repeat of an earlier command. */
  record Expecting(Optional<String> rejected, boolean repeated) {
    static Expecting accepted() {
      return new Expecting(Optional.empty(), false);
    }
  }

  /** One line of {@code commands}; {@code at} is its path in the file. */
  sealed interface Command {
    String at();
  }

  record Document(String type, String name, String text) {}

  record Complete(String at, Optional<String> instance, Optional<String> id, int step, String by,
      Map<String, String> where, Optional<String> outcome, List<Document> documents,
      Map<String, List<String>> declares, Map<String, String> facts, Optional<String> note,
      Expecting expecting) implements Command {}

  record Raise(String at, Optional<String> instance, Optional<String> id, int step, String by, String reason,
      Expecting expecting) implements Command {}

  record StartAnother(String at, Start start) implements Command {}

  record Advance(String at, Period by) implements Command {}

  record At(String at, Instant when) implements Command {}

  record Expect(String at, Optional<String> instance, Expectations expectations) implements Command {}

  /** What an {@code expect} checks; each part only when given. */
  record Expectations(
      Optional<List<Integer>> open,
      List<Integer> notOpen,
      Optional<String> status,
      Optional<List<String>> signals,
      Map<String, List<String>> archived,
      List<NotificationWanted> notifications,
      Optional<List<PenaltyWanted>> penalties,
      Optional<ProposalWanted> proposal,
      Optional<Boolean> process8Started,
      Optional<Boolean> startedByJaarkalender) {}

  record NotificationWanted(String kind, Optional<Integer> step, Map<String, String> details) {}

  record PenaltyWanted(int period, BigDecimal amount) {}

  record ProposalWanted(Optional<Integer> period, String outcome) {}
}
