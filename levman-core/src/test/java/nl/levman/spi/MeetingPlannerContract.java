package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link MeetingPlanner} must do. Adapters' tests extend this with a fresh planner. */
public abstract class MeetingPlannerContract {

  protected abstract MeetingPlanner planner();

  protected static MeetingRequest request(MeetingKind kind, String title) {
    return new MeetingRequest(kind, title,
        ZonedDateTime.of(2026, 7, 1, 10, 0, 0, 0, ZoneId.of("Europe/Amsterdam")),
        Duration.ofHours(1), new Attendee("Ann Smit", "ann@levman.example", true),
        List.of(new Attendee("Dirk de Vries", "dirk@levman.example", true),
            new Attendee("Lars Jansen", "lars@acme.example", false)),
        Optional.of("Utrecht, zaal 3"), Optional.empty(), "acme", "sla-2026", Optional.of("sla-acme"));
  }

  @Test
  void plansAMeetingWithAUniqueId() {
    MeetingPlanner planner = planner();
    PlannedMeeting a = planner.plan(request(MeetingKind.AD_HOC_PERFORMANCE, "Ad hoc overleg"));
    PlannedMeeting b = planner.plan(request(MeetingKind.AD_HOC_PERFORMANCE, "Ad hoc overleg"));
    assertThat(a.uid()).isNotEqualTo(b.uid());
    assertThat(planner.planned("acme", "sla-2026")).extracting(PlannedMeeting::uid)
        .containsExactly(a.uid(), b.uid());
  }

  @Test
  void keepsWhatWasAsked() {
    MeetingPlanner planner = planner();
    planner.plan(request(MeetingKind.MT_REVIEW, "Review meeting MT"));
    PlannedMeeting m = planner.planned("acme", "sla-2026").get(0);
    assertThat(m.request().kind()).isEqualTo(MeetingKind.MT_REVIEW);
    assertThat(m.request().title()).isEqualTo("Review meeting MT");
    assertThat(m.request().start().toInstant())
        .isEqualTo(request(MeetingKind.MT_REVIEW, "x").start().toInstant());
    assertThat(planner.planned("globex", "sla-2026")).isEmpty();
  }
}
