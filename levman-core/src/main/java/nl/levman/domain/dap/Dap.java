package nl.levman.domain.dap;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.LevmanException;

/**
 * The DAP, the Dossier Afspraken en Procedures: the operational agreements with the supplier that
 * go with the SLA. Structured data, so that the contractual meetings of SLM step 2 are planned from
 * it and an escalation at step 15 takes its level from it.
 */
public record Dap(
    String supplier,
    List<Party> parties,
    List<Contact> contactMatrix,
    List<MeetingAgreement> meetings,
    Map<String, String> processInterfaces,
    List<EscalationLevel> escalationPath,
    ReportingAgreement reporting,
    List<DapVersion> versions) {

  public Dap {
    parties = List.copyOf(parties);
    contactMatrix = List.copyOf(contactMatrix);
    meetings = List.copyOf(meetings);
    processInterfaces = Map.copyOf(processInterfaces);
    escalationPath = List.copyOf(escalationPath);
    versions = List.copyOf(versions);
    for (int i = 0; i < escalationPath.size(); i++) {
      if (escalationPath.get(i).level() != i + 1) {
        throw new LevmanException("DAP of " + supplier + ": escalation levels must count 1, 2, 3…");
      }
    }
  }

  /** A party and its role (the organisation, the supplier, a subcontractor). */
  public record Party(String name, String role) {}

  /** One row of the contact matrix (contactenmatrix / communicatiematrix). */
  public record Contact(String role, String party, String name, String channel, String availability) {}

  /** Meeting level of the governance structure. */
  public enum Level { OPERATIONAL, TACTICAL, STRATEGIC }

  /** A contractual meeting: its level, how often, and who attends. */
  public record MeetingAgreement(Level level, Period frequency, List<String> participants) {
    public MeetingAgreement {
      participants = List.copyOf(participants);
    }
  }

  /** One level of the escalation path: when to escalate, within how long, to whom. */
  public record EscalationLevel(int level, String trigger, Duration timeToEscalate, List<String> contacts) {
    public EscalationLevel {
      contacts = List.copyOf(contacts);
    }
  }

  /** What the SLR holds and when it is due: the KPIs and the delivery days after a period. */
  public record ReportingAgreement(List<String> kpis, int deliveryDays, String format) {
    public ReportingAgreement {
      kpis = List.copyOf(kpis);
    }
  }

  /** A version of the DAP and who signed it, in which role. */
  public record DapVersion(int version, LocalDate date, List<String> signedBy) {
    public DapVersion {
      signedBy = List.copyOf(signedBy);
    }
  }

  /** A contractual meeting to plan: its level, date and participants. */
  public record PlannedMeeting(Level level, LocalDate date, List<String> participants) {}

  /** The contractual meetings from {@code from} (inclusive) to {@code until} (exclusive), by date. */
  public List<PlannedMeeting> contractualMeetings(LocalDate from, LocalDate until) {
    List<PlannedMeeting> planned = new ArrayList<>();
    for (MeetingAgreement m : meetings) {
      for (LocalDate d = from; d.isBefore(until); d = d.plus(m.frequency())) {
        planned.add(new PlannedMeeting(m.level(), d, m.participants()));
      }
    }
    planned.sort((a, b) -> a.date().compareTo(b.date()) != 0 ? a.date().compareTo(b.date())
        : a.level().compareTo(b.level()));
    return planned;
  }

  /** The escalation level to use after {@code previous} escalations: the next one, or the top. */
  public Optional<EscalationLevel> nextEscalation(int previous) {
    if (escalationPath.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(escalationPath.get(Math.min(previous, escalationPath.size() - 1)));
  }

  public Optional<DapVersion> latestVersion() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }
}
