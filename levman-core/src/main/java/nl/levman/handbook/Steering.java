package nl.levman.handbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.credit.ServiceCredit;
import nl.levman.domain.credit.ServiceCredits;
import nl.levman.domain.report.ReportRejection;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.domain.steering.SteeringDecided;
import nl.levman.domain.steering.SteeringDecision;
import nl.levman.domain.steering.SteeringDecisions;
import nl.levman.model.Behaviour;
import nl.levman.model.EventTypes;
import nl.levman.model.InputRejection;
import nl.levman.model.LevmanException;
import nl.levman.spi.Agreements;

/**
 * SLM step 15: the SLM steers. The decisions are read from their document and recorded; a penalty
 * is computed from the SLA's rules and the period's SLR, with its trace; an SLA change raises the
 * change of step 17; an escalation is signalled.
 */
final class Steering implements StepBehaviour<List<SteeringDecision>> {
  private final Agreements agreements;

  Steering(Agreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public Behaviour declaration() {
    return ServiceLevelBehaviours.STEERING;
  }

  @Override
  public void register(EventTypes.Builder types) {
    types.register("slm.steering-decided", 1, SteeringDecided.class)
        .register("slm.penalty-decided", 1, PenaltyDecided.class)
        .subtype(SteeringDecision.class, "extra-meeting", SteeringDecision.ExtraMeeting.class)
        .subtype(SteeringDecision.class, "sip", SteeringDecision.ServiceImprovementPlan.class)
        .subtype(SteeringDecision.class, "sla-change", SteeringDecision.SlaChange.class)
        .subtype(SteeringDecision.class, "escalation", SteeringDecision.Escalation.class)
        .subtype(SteeringDecision.class, "penalty", SteeringDecision.Penalty.class);
  }

  @Override
  public Decoded<List<SteeringDecision>> decode(StepInput input) {
    try {
      return Decoded.value(SteeringDecisions.read(input.text(Handbook.DECISIONS.code()).orElse("")));
    } catch (LevmanException e) {
      return Decoded.refused(new InputRejection.DocumentUnreadable(input.step(),
          Handbook.DECISIONS.code(), e.getMessage()));
    }
  }

  @Override
  public Decision decide(List<SteeringDecision> decisions, StepContext c) {
    Decision.Accepted decided = Decision.accept(new SteeringDecided(c.period(), decisions));
    for (SteeringDecision d : decisions) {
      if (d instanceof SteeringDecision.Penalty) {
        Optional<ServiceLevelAgreement> sla = c.context().contract().flatMap(agreements::sla);
        if (sla.isEmpty()) {
          return Decision.refuse(new ReportRejection.AgreementUnknown(c.context().contract().orElse("(none)")));
        }
        Optional<SlrEvaluated> slr = c.earlier(SlrEvaluated.class).stream()
            .filter(e -> e.period() == c.period()).reduce((a, b) -> b);
        if (slr.isEmpty()) {
          return Decision.refuse(new ReportRejection.NoReportForPeriod(c.period()));
        }
        ServiceCredit credit = ServiceCredits.compute(sla.get(), slr.get().report(), List.of());
        decided = decided.and(new PenaltyDecided(c.period(), credit.amount(), credit.trace()));
      } else if (d instanceof SteeringDecision.SlaChange change) {
        decided = decided.with(new Effect.Raise(ServiceLevelBehaviours.SLA_CHANGE,
            "SLA change decided at step 15: " + change.what()));
      } else if (d instanceof SteeringDecision.Escalation esc) {
        decided = decided.with(new Effect.Signal("escalation", "escalation at level " + esc.level()
            + ": " + esc.reason(), Map.of("level", Integer.toString(esc.level()))));
      }
    }
    return decided;
  }
}
