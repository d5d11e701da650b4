package nl.levman.handbook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.ReadsNothing;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.model.Behaviour;
import nl.levman.spi.Attendee;
import nl.levman.spi.MeetingKind;
import nl.levman.spi.MeetingRequest;

/** Review step 4: the coordinating CM plans the review meeting with the MT, two weeks out. */
final class MtMeeting implements ReadsNothing {

  @Override
  public Behaviour declaration() {
    return SupplierRiskBehaviours.MT_MEETING;
  }



  @Override
  public Decision decide(StepInput input, StepContext c) {
    Attendee ccm = new Attendee(c.by().value(), c.by().value() + "@levman.example", true);
    MeetingRequest mt = new MeetingRequest(MeetingKind.MT_REVIEW, "Review leveranciersrisico's met het MT",
        c.today().plusDays(14).atTime(9, 0).atZone(c.zone()), Duration.ofHours(2), ccm,
        List.of(new Attendee("MT", "mt@levman.example", true)), Optional.empty(), Optional.empty(),
        "levman", c.context().dossier(c.instance()), Optional.of(c.instance().value()));
    return Decision.nothing().with(new Effect.PlanMeeting(mt));
  }
}
