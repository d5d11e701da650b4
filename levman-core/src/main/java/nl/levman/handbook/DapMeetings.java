package nl.levman.handbook;

import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.ReadsNothing;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.model.Behaviour;
import nl.levman.spi.Agreements;
import nl.levman.spi.MeetingKind;

/** SLM step 2: the contractual meetings of the supplier's DAP, planned for the SLA's term. */
final class DapMeetings implements ReadsNothing {
  private final Agreements agreements;

  DapMeetings(Agreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public Behaviour declaration() {
    return ServiceLevelBehaviours.DAP_MEETINGS;
  }



  @Override
  public Decision decide(StepInput input, StepContext c) {
    Optional<Dap> dap = c.context().supplier().flatMap(agreements::dap);
    Optional<ServiceLevelAgreement> sla = c.context().contract().flatMap(agreements::sla);
    Decision.Accepted decided = Decision.nothing();
    if (dap.isEmpty() || sla.isEmpty()) {
      return decided;
    }
    for (Dap.MeetingAgreement m : dap.get().meetings()) {
      String rrule = "FREQ=MONTHLY;INTERVAL=" + Math.max(1, m.frequency().toTotalMonths()) + ";UNTIL="
          + sla.get().end().toString().replace("-", "") + "T000000Z";
      decided = decided.with(new Effect.PlanMeeting(Meetings.withSupplier(c, MeetingKind.CONTRACTUAL,
          m.level() + " overleg " + sla.get().supplier(), sla.get().start(), Optional.of(rrule))));
    }
    return decided;
  }
}
