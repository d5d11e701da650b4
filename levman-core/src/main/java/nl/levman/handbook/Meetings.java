package nl.levman.handbook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.levman.behaviour.StepContext;
import nl.levman.spi.Attendee;
import nl.levman.spi.MeetingKind;
import nl.levman.spi.MeetingRequest;

/** Meeting requests as the handbook's behaviours make them: SLM organises, with DE and LEV. */
final class Meetings {
  private Meetings() {}

  static MeetingRequest withSupplier(StepContext c, MeetingKind kind, String title, LocalDate day,
      Optional<String> rrule) {
    return new MeetingRequest(kind, title, day.atTime(10, 0).atZone(c.zone()), Duration.ofHours(1),
        attendee(c, Handbook.SLM.code()),
        List.of(attendee(c, Handbook.DE.code()), attendee(c, Handbook.LEV.code())), Optional.empty(),
        rrule, c.supplier().orElseThrow(), c.context().dossier(c.instance()),
        Optional.of(c.instance().value()));
  }

  private static Attendee attendee(StepContext c, String role) {
    String person = Optional.ofNullable(c.context().people().get(role)).map(p -> p.value())
        .orElse(role.toLowerCase());
    String email = c.context().attributes().getOrDefault("email." + role, person + "@levman.example");
    return new Attendee(person, email, true);
  }
}
