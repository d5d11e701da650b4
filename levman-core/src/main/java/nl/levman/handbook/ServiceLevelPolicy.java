package nl.levman.handbook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.DocumentInput;
import nl.levman.api.Rejections;
import nl.levman.api.StepPolicy;
import nl.levman.domain.credit.ServiceCredit;
import nl.levman.domain.credit.ServiceCredits;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.report.ReportEvaluation;
import nl.levman.domain.report.ReportRejections;
import nl.levman.domain.report.Reports;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.domain.steering.SteeringDecision;
import nl.levman.domain.steering.SteeringDecisions;
import nl.levman.model.LevmanException;
import nl.levman.model.Rejection;
import nl.levman.spi.Agreements;
import nl.levman.spi.Attendee;
import nl.levman.spi.Mandates;
import nl.levman.spi.MeetingKind;
import nl.levman.spi.MeetingRequest;

/**
 * The Levman domain at the steps of Service Level Management: the SLR is checked and evaluated when
 * it is delivered (step 12) and the proposal is shown at step 14; a breach calls an ad hoc meeting
 * at once; step 15's decisions are read, a penalty computed with its trace, an SLA change raises
 * step 17; signatures at steps 6 and 17 are checked against the Mandaatlijst; the contractual
 * meetings of the DAP are planned at step 2.
 *
 * <p>Facts it records: {@code slr.<period>} (the SLR), {@code proposal} and {@code proposal.reasons},
 * {@code verdicts.<period>}, {@code penalty.<period>} and {@code penalty.<period>.trace}.
 */
public final class ServiceLevelPolicy implements StepPolicy {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private final Agreements agreements;
  private final Mandates mandates;

  public ServiceLevelPolicy(Agreements agreements, Mandates mandates) {
    this.agreements = agreements;
    this.mandates = mandates;
  }

  @Override
  public String processKey() {
    return Handbook.SERVICE_LEVEL_MANAGEMENT;
  }

  private Optional<ServiceLevelAgreement> sla(Completion c) {
    return c.context().contract().flatMap(agreements::sla);
  }

  @Override
  public Optional<Rejection> check(Completion c) {
    try {
      switch (c.step()) {
        case 6:
          return signatures(c, "dap");
        case 12:
          return checkReport(c);
        case 15:
          return document(c, "besluiten").map(text -> {
            SteeringDecisions.read(text);
            return Optional.<Rejection>empty();
          }).orElse(Optional.empty());
        case 17:
          return signatures(c, c.command().facts().getOrDefault("changed", "sla"));
        default:
          return Optional.empty();
      }
    } catch (LevmanException | ClassCastException | NullPointerException | java.time.DateTimeException e) {
      return Optional.of(new Rejections.InvalidInput(c.step(), "the document cannot be read: " + e.getMessage()));
    }
  }

  private Optional<Rejection> checkReport(Completion c) {
    Optional<String> text = document(c, "slr");
    if (text.isEmpty()) {
      return Optional.of(new Rejections.DocumentMissing(c.step(), "slr", "SLR"));
    }
    ServiceLevelReport report = ServiceLevelReport.fromJson(text.get());
    if (report.period() != c.period()) {
      return Optional.of(new ReportRejections.WrongPeriod(report.period(), c.period()));
    }
    Optional<ServiceLevelAgreement> sla = sla(c);
    if (sla.isEmpty()) {
      return Optional.of(new Rejections.InvalidInput(c.step(), "the SLA " + c.context().contract().orElse("(none)")
          + " is not in the contract register"));
    }
    boolean correction = "true".equals(c.command().facts().get("correction"));
    return Reports.check(sla.get(), report, received(c.factsSoFar()), correction);
  }

  private Optional<Rejection> signatures(Completion c, String documentType) {
    String signed = c.command().facts().get("signatures");
    if (signed == null) {
      return Optional.of(new Mandaatlijst.MandateMissing(documentType,
          "record who signed as fact 'signatures' (person:ROLE, …)"));
    }
    List<Mandaatlijst.Signature> signatures = new ArrayList<>();
    for (String s : signed.split(",")) {
      String[] parts = s.trim().split(":");
      if (parts.length != 2) {
        return Optional.of(new Rejections.InvalidInput(c.step(), "a signature is person:ROLE, not '" + s + "'"));
      }
      signatures.add(new Mandaatlijst.Signature(parts[0], parts[1]));
    }
    Money value = Money.euro(c.command().facts().getOrDefault("value", "0"));
    return mandates.mandaatlijst().check(documentType, value, LocalDate.ofInstant(c.at(), ZONE), signatures);
  }

  @Override
  public Effects effects(Completion c) {
    switch (c.step()) {
      case 2:
        return meetingsFromDap(c);
      case 12:
        return evaluate(c);
      case 15:
        return steer(c);
      default:
        return Effects.NONE;
    }
  }

  private Effects evaluate(Completion c) {
    ServiceLevelAgreement sla = sla(c).orElseThrow();
    ServiceLevelReport report = ServiceLevelReport.fromJson(document(c, "slr").orElseThrow());
    ReportEvaluation e = Reports.evaluate(sla, report);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("slr." + report.period(), report.toJsonText());
    facts.put("proposal", e.proposedOutcome());
    facts.put("proposal.period", Integer.toString(report.period()));
    facts.put("proposal.reasons", String.join("; ", e.reasons()));
    StringBuilder verdicts = new StringBuilder();
    e.verdicts().forEach(v -> verdicts.append(verdicts.length() == 0 ? "" : ",").append(v.kpi()).append('=').append(v.verdict()));
    facts.put("verdicts." + report.period(), verdicts.toString());
    List<Signal> signals = new ArrayList<>();
    List<MeetingRequest> meetings = new ArrayList<>();
    if (e.adHocMeetingNeeded()) {
      signals.add(new Signal("ad-hoc-meeting", "SLR period " + report.period() + ": "
          + e.reasons().get(1) + " — discuss it at once in an ad hoc meeting, not the regular one",
          Map.of("period", Integer.toString(report.period()))));
      meetings.add(meeting(c, MeetingKind.AD_HOC_PERFORMANCE, "Ad hoc overleg prestaties " + sla.supplier()
          + " periode " + report.period(), report.to().plusDays(1)));
    }
    List<ReportEvaluation> history = new ArrayList<>();
    for (ServiceLevelReport earlier : received(c.factsSoFar())) {
      if (earlier.period() != report.period()) {
        history.add(Reports.evaluate(sla, earlier));
      }
    }
    history.add(e);
    for (Kpi kpi : sla.kpis()) {
      if (Reports.chronicFailure(history, kpi.id())) {
        signals.add(new Signal("chronic-failure", "KPI " + kpi.id() + " fails chronically: escalate, and weigh it in process 8",
            Map.of("kpi", kpi.id())));
      }
    }
    return new Effects(facts, signals, Map.of(), meetings);
  }

  private Effects steer(Completion c) {
    Optional<String> text = document(c, "besluiten");
    if (text.isEmpty()) {
      return Effects.NONE;
    }
    Map<String, String> facts = new LinkedHashMap<>();
    List<Signal> signals = new ArrayList<>();
    Map<Integer, String> raise = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (Object d : SteeringDecisions.read(text.get())) {
      if ("penalty".equals(d)) {
        ServiceLevelAgreement sla = sla(c).orElseThrow();
        ServiceLevelReport report = received(c.factsSoFar()).stream().filter(r -> r.period() == c.period())
            .reduce((a, b) -> b).orElseThrow(() -> new LevmanException("no SLR for period " + c.period()));
        ServiceCredit credit = ServiceCredits.compute(sla, report, List.of());
        facts.put("penalty." + c.period(), credit.amount().toString());
        facts.put("penalty." + c.period() + ".trace", String.join("\n", credit.trace()));
        names.add("penalty " + credit.amount());
      } else if (d instanceof SteeringDecision.SlaChange change) {
        raise.put(17, "SLA change decided at step 15: " + change.what());
        names.add("SLA change");
      } else if (d instanceof SteeringDecision.Escalation esc) {
        signals.add(new Signal("escalation", "escalation at level " + esc.level() + ": " + esc.reason(),
            Map.of("level", Integer.toString(esc.level()))));
        names.add("escalation level " + esc.level());
      } else if (d instanceof SteeringDecision.ServiceImprovementPlan sip) {
        names.add("SIP with " + sip.actions().size() + " action(s)");
      } else if (d instanceof SteeringDecision.ExtraMeeting m) {
        names.add("extra meeting " + m.date());
      }
    }
    facts.put("decisions." + c.period(), String.join(", ", names));
    return new Effects(facts, signals, raise, List.of());
  }

  private Effects meetingsFromDap(Completion c) {
    Optional<Dap> dap = c.context().supplier().flatMap(agreements::dap);
    Optional<ServiceLevelAgreement> sla = sla(c);
    if (dap.isEmpty() || sla.isEmpty()) {
      return Effects.NONE;
    }
    List<MeetingRequest> meetings = new ArrayList<>();
    for (Dap.MeetingAgreement m : dap.get().meetings()) {
      String rrule = "FREQ=MONTHLY;INTERVAL=" + Math.max(1, m.frequency().toTotalMonths()) + ";UNTIL="
          + sla.get().end().toString().replace("-", "") + "T000000Z";
      MeetingRequest first = meeting(c, MeetingKind.CONTRACTUAL, m.level() + " overleg " + sla.get().supplier(),
          sla.get().start());
      meetings.add(new MeetingRequest(first.kind(), first.title(), first.start(), first.duration(), first.organizer(),
          first.attendees(), first.location(), Optional.of(rrule), first.supplier(), first.dossier(), first.instance()));
    }
    return new Effects(Map.of("contractual-meetings", Integer.toString(meetings.size())), List.of(), Map.of(), meetings);
  }

  private static MeetingRequest meeting(Completion c, MeetingKind kind, String title, LocalDate day) {
    return new MeetingRequest(kind, title, day.atTime(10, 0).atZone(ZONE), Duration.ofHours(1),
        attendee(c, "SLM"), List.of(attendee(c, "DE"), attendee(c, "LEV")), Optional.empty(), Optional.empty(),
        c.context().supplier().orElse("levman"), c.context().contract().orElse("levman"),
        Optional.ofNullable(c.context().attributes().get("instance")));
  }

  private static Attendee attendee(Completion c, String role) {
    String person = Optional.ofNullable(c.context().people().get(role)).map(p -> p.value()).orElse(role.toLowerCase());
    String email = c.context().attributes().getOrDefault("email." + role, person + "@levman.example");
    return new Attendee(person, email, true);
  }

  private static Optional<String> document(Completion c, String type) {
    return c.command().documents().stream().filter(d -> d.type().equals(type)).reduce((a, b) -> b)
        .map(DocumentInput::content).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** The SLRs received so far, from the facts of earlier completions. */
  static List<ServiceLevelReport> received(Map<String, String> facts) {
    List<ServiceLevelReport> reports = new ArrayList<>();
    facts.forEach((k, v) -> {
      if (k.startsWith("slr.")) {
        reports.add(ServiceLevelReport.fromJson(v));
      }
    });
    reports.sort((a, b) -> Integer.compare(a.period(), b.period()));
    return reports;
  }
}
