package nl.levman.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import nl.levman.spi.Attendee;
import nl.levman.spi.MeetingKind;
import nl.levman.spi.MeetingPlanner;
import nl.levman.spi.MeetingPlannerContract;
import nl.levman.spi.MeetingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invitations are RFC 5545 files that parse back with the right times, zone and people. */
class IcsMeetingPlannerTest extends MeetingPlannerContract {
  @TempDir Path root;
  private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneId.of("UTC"));

  @Override
  protected MeetingPlanner planner() {
    return new IcsMeetingPlanner(root, clock);
  }

  private MeetingRequest meeting(MeetingKind kind, ZonedDateTime start, Optional<String> rrule) {
    return new MeetingRequest(kind, kind + " acme", start, Duration.ofMinutes(90),
        new Attendee("Ann Smit", "ann@levman.example", true),
        List.of(new Attendee("Dirk de Vries", "dirk@levman.example", true),
            new Attendee("Lars Jansen", "lars@acme.example", false)),
        Optional.of("Utrecht"), rrule, "acme", "sla-2026", Optional.of("sla-acme"));
  }

  private Calendar onlyCalendar() throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      Path ics = files.filter(f -> f.toString().endsWith(".ics")).findFirst().orElseThrow();
      try (Reader in = Files.newBufferedReader(ics)) {
        return new CalendarBuilder().build(in);
      }
    }
  }

  @Test
  void aContractualMeetingRepeatsAndCarriesItsSummerTimeInAmsterdam() throws Exception {
    ZonedDateTime start = ZonedDateTime.of(2026, 7, 1, 10, 0, 0, 0, IcsMeetingPlanner.AMSTERDAM);
    planner().plan(meeting(MeetingKind.CONTRACTUAL, start, Optional.of("FREQ=MONTHLY;COUNT=12")));
    Calendar calendar = onlyCalendar();
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
    assertThat(((VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow())
        .getProperty("TZID").map(Property::getValue)).contains("Europe/Amsterdam");
    Property dtStart = event.getProperty("DTSTART").orElseThrow();
    assertThat(dtStart.getParameter("TZID").map(p -> p.getValue())).contains("Europe/Amsterdam");
    assertThat(dtStart.getValue()).isEqualTo("20260701T100000");
    assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant())
        .isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    assertThat(event.getProperty("RRULE").map(Property::getValue)).contains("FREQ=MONTHLY;COUNT=12");
    List<Property> stamps = event.getProperties("DTSTAMP");
    assertThat(stamps.stream().map(Property::getValue).toList()).containsExactly("20260601T080000Z");
    assertThat(event.getProperty("ORGANIZER").map(Property::getValue)).contains("mailto:ann@levman.example");
    List<Property> attendees = event.getProperties("ATTENDEE");
    assertThat(attendees.stream().map(Property::getValue).toList())
        .containsExactly("mailto:dirk@levman.example", "mailto:lars@acme.example");
    assertThat(attendees.get(1).getParameter("ROLE").map(p -> p.getValue())).contains("OPT-PARTICIPANT");
  }

  @Test
  void anAdHocPerformanceMeetingInWinterIsAnHourAheadOfUtc() throws Exception {
    ZonedDateTime start = ZonedDateTime.of(2026, 1, 15, 14, 30, 0, 0, IcsMeetingPlanner.AMSTERDAM);
    planner().plan(meeting(MeetingKind.AD_HOC_PERFORMANCE, start, Optional.empty()));
    VEvent event = (VEvent) onlyCalendar().getComponent("VEVENT").orElseThrow();
    assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260115T143000");
    assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant())
        .isEqualTo(Instant.parse("2026-01-15T13:30:00Z"));
    assertThat(ZonedDateTime.from(event.getEndDate().orElseThrow().getDate()).toInstant())
        .isEqualTo(Instant.parse("2026-01-15T15:00:00Z"));
    assertThat(event.getProperty("RRULE")).isEmpty();
  }

  @Test
  void theMtReviewMeetingReadsBackAsItWasPlanned() throws IOException {
    MeetingPlanner planner = planner();
    MeetingRequest asked = meeting(MeetingKind.MT_REVIEW,
        ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, IcsMeetingPlanner.AMSTERDAM), Optional.empty());
    String uid = planner.plan(asked).uid();
    var back = planner.planned("acme", "sla-2026");
    assertThat(back).singleElement().satisfies(m -> {
      assertThat(m.uid()).isEqualTo(uid);
      assertThat(m.request().kind()).isEqualTo(MeetingKind.MT_REVIEW);
      assertThat(m.request().start().toInstant()).isEqualTo(asked.start().toInstant());
      assertThat(m.request().duration()).isEqualTo(Duration.ofMinutes(90));
      assertThat(m.request().attendees()).isEqualTo(asked.attendees());
      assertThat(m.request().organizer()).isEqualTo(asked.organizer());
      assertThat(m.request().location()).contains("Utrecht");
    });
  }
}
