package nl.levman.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.report.ReportEvaluation;
import nl.levman.domain.report.ReportRejection;
import nl.levman.domain.report.Reports;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.model.Behaviour;
import nl.levman.model.EventTypes;
import nl.levman.model.InputRejection;
import nl.levman.model.LevmanException;
import nl.levman.model.Rejection;
import nl.levman.spi.Agreements;
import nl.levman.spi.MeetingKind;

/**
 * SLM step 12: the supplier delivers the period's SLR. It is read, checked against the SLA (every
 * KPI, its unit, the period within the term, one SLR per period unless it is a correction) and
 * evaluated: a verdict per KPI and the step-14 proposal. A breach calls the ad hoc meeting at once;
 * a KPI that keeps failing is signalled as a chronic failure.
 */
final class SlrDelivery implements StepBehaviour<SlrDelivery.Delivery> {
  static final String CORRECTION = "correction";
  private final Agreements agreements;

  SlrDelivery(Agreements agreements) {
    this.agreements = agreements;
  }

  /** The SLR as delivered, and whether it corrects an earlier one. */
  record Delivery(ServiceLevelReport report, boolean correction) {}

  @Override
  public Behaviour declaration() {
    return ServiceLevelBehaviours.SLR_DELIVERY;
  }

  @Override
  public void register(EventTypes.Builder types) {
    types.register("slm.slr-evaluated", 1, SlrEvaluated.class);
  }

  @Override
  public Decoded<Delivery> decode(StepInput input) {
    String text = input.text(Handbook.SLR.code()).orElse("");
    String correction = input.field(CORRECTION).orElse("false");
    if (!correction.equals("true") && !correction.equals("false")) {
      return Decoded.refused(new InputRejection.FieldMalformed(input.step(), CORRECTION,
          "must be true or false, not '" + correction + "'"));
    }
    try {
      return Decoded.value(new Delivery(ServiceLevelReport.fromJson(text), correction.equals("true")));
    } catch (LevmanException e) {
      return Decoded.refused(new InputRejection.DocumentUnreadable(input.step(), Handbook.SLR.code(),
          e.getMessage()));
    }
  }

  @Override
  public Decision decide(Delivery delivery, StepContext c) {
    ServiceLevelReport report = delivery.report();
    Optional<ServiceLevelAgreement> found = c.context().contract().flatMap(agreements::sla);
    if (found.isEmpty()) {
      return Decision.refuse(new ReportRejection.AgreementUnknown(c.context().contract().orElse("(none)")));
    }
    if (report.period() != c.period()) {
      return Decision.refuse(new ReportRejection.WrongPeriod(report.period(), c.period()));
    }
    ServiceLevelAgreement sla = found.get();
    List<ServiceLevelReport> earlier = c.earlier(SlrEvaluated.class).stream().map(SlrEvaluated::report).toList();
    Optional<Rejection> refused = Reports.check(sla, report, earlier, delivery.correction());
    if (refused.isPresent()) {
      return Decision.refuse(refused.get());
    }
    ReportEvaluation e = Reports.evaluate(sla, report);
    Decision.Accepted decided = Decision.accept(
        new SlrEvaluated(report, e.verdicts(), e.proposedOutcome(), e.reasons()));
    if (e.adHocMeetingNeeded()) {
      decided = decided.with(new Effect.Signal("ad-hoc-meeting", "SLR period " + report.period() + ": "
          + e.reasons().get(1) + " — discuss it at once in an ad hoc meeting, not the regular one",
          Map.of("period", Integer.toString(report.period()))));
      decided = decided.with(new Effect.PlanMeeting(Meetings.withSupplier(c,
          MeetingKind.AD_HOC_PERFORMANCE, "Ad hoc overleg prestaties " + sla.supplier() + " periode "
              + report.period(), report.to().plusDays(1), Optional.empty())));
    }
    List<ReportEvaluation> history = new ArrayList<>();
    for (ServiceLevelReport r : earlier) {
      if (r.period() != report.period()) {
        history.add(Reports.evaluate(sla, r));
      }
    }
    history.add(e);
    for (Kpi kpi : sla.kpis()) {
      if (Reports.chronicFailure(history, kpi.id())) {
        decided = decided.with(new Effect.Signal("chronic-failure", "KPI " + kpi.id()
            + " fails chronically: escalate, and weigh it in process 8", Map.of("kpi", kpi.id())));
      }
    }
    return decided;
  }
}
