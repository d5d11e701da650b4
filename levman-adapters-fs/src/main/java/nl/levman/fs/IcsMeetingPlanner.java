package nl.levman.fs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.levman.model.LevmanException;
import nl.levman.spi.Attendee;
import nl.levman.spi.MeetingKind;
import nl.levman.spi.MeetingPlanner;
import nl.levman.spi.MeetingRequest;
import nl.levman.spi.PlannedMeeting;

/**
 * Plans meetings as RFC 5545 invitations: one {@code .ics} file per meeting under {@code
 * <root>/Meetings/<supplier>/<dossier>/}, written atomically, with times in Europe/Amsterdam and
 * its VTIMEZONE, the organizer and attendees as mailto addresses, and the recurrence of a
 * contractual meeting as an RRULE. Hosts send the files with their own mail system.
 */
public final class IcsMeetingPlanner implements MeetingPlanner {
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private final SafePaths paths;
  private final Clock clock;
  private final TimeZone amsterdam;

  public IcsMeetingPlanner(Path root, Clock clock) {
    this.paths = new SafePaths(root);
    this.clock = clock;
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    this.amsterdam = registry.getTimeZone(AMSTERDAM.getId());
  }

  /**
   * The VTIMEZONE for Europe/Amsterdam. The tz database links Amsterdam to Brussels (the same rules
   * since 1970), so the bundled definition is named for Brussels; it is renamed so that the TZID
   * the events use matches it.
   */
  private VTimeZone vtimezone() {
    VTimeZone zone = amsterdam.getVTimeZone().copy();
    zone.replace(new TzId(AMSTERDAM.getId()));
    zone.removeAll("TZURL", "X-LIC-LOCATION");
    return zone;
  }

  @Override
  public PlannedMeeting plan(MeetingRequest request) {
    String uid = UUID.randomUUID() + "@levman";
    ZonedDateTime start = request.start().withZoneSameInstant(AMSTERDAM);
    VEvent event = new VEvent(start, start.plus(request.duration()), request.title());
    event.add(new Uid(uid));
    event.replace(new DtStamp(clock.instant()));
    event.add(organizer(request.organizer()));
    for (Attendee a : request.attendees()) {
      event.add(attendee(a));
    }
    request.location().ifPresent(l -> event.add(new Location(l)));
    request.recurrence().ifPresent(r -> event.add(new RRule<>(r)));
    event.add(new XProperty("X-LEVMAN-KIND", request.kind().name()));
    event.add(new XProperty("X-LEVMAN-SUPPLIER", request.supplier()));
    event.add(new XProperty("X-LEVMAN-DOSSIER", request.dossier()));
    request.instance().ifPresent(i -> event.add(new XProperty("X-LEVMAN-INSTANCE", i)));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Levman//Levman meeting planner//NL"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.REQUEST);
    calendar.add(vtimezone());
    calendar.add(event);
    String name = DAY.format(start) + "-" + request.kind().name().toLowerCase(Locale.ROOT)
        .replace('_', '-') + "-" + uid.substring(0, 8) + ".ics";
    Path dir = paths.resolve("Meetings", request.supplier(), request.dossier());
    try {
      Files.createDirectories(dir);
      StringWriter out = new StringWriter();
      new CalendarOutputter(false).output(calendar, out);
      Path temp = Files.createTempFile(dir, ".levman-tmp-", ".part");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new LevmanException("cannot write the invitation '" + request.title() + "' for "
          + request.supplier() + ": " + e.getMessage(), e);
    }
    return new PlannedMeeting(uid, request);
  }

  private static Organizer organizer(Attendee who) {
    Organizer organizer = new Organizer(URI.create("mailto:" + who.email()));
    organizer.add(new Cn(who.name()));
    return organizer;
  }

  private static net.fortuna.ical4j.model.property.Attendee attendee(Attendee who) {
    net.fortuna.ical4j.model.property.Attendee a =
        new net.fortuna.ical4j.model.property.Attendee(URI.create("mailto:" + who.email()));
    a.add(new Cn(who.name()));
    a.add(who.required() ? Role.REQ_PARTICIPANT : Role.OPT_PARTICIPANT);
    return a;
  }

  @Override
  public List<PlannedMeeting> planned(String supplier, String dossier) {
    Path dir = paths.resolve("Meetings", supplier, dossier);
    List<PlannedMeeting> meetings = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return meetings;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> ics = files.filter(f -> f.getFileName().toString().endsWith(".ics"))
          .sorted((a, b) -> {
            try {
              return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
            } catch (IOException e) {
              return 0;
            }
          }).toList();
      for (Path file : ics) {
        meetings.add(read(file));
      }
    } catch (IOException | ParserException e) {
      throw new LevmanException("cannot read the invitations of " + supplier + "/" + dossier + ": "
          + e.getMessage(), e);
    }
    return meetings;
  }

  private static PlannedMeeting read(Path file) throws IOException, ParserException {
    Calendar calendar;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      calendar = new CalendarBuilder().build(in);
    }
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    ZonedDateTime start = ZonedDateTime.from(event.getDateTimeStart().getDate());
    ZonedDateTime end = ZonedDateTime.from(event.getEndDate().orElseThrow().getDate());
    List<Attendee> attendees = new ArrayList<>();
    for (Property p : event.getProperties("ATTENDEE")) {
      attendees.add(new Attendee(p.getParameter("CN").map(c -> c.getValue()).orElse(""),
          p.getValue().replaceFirst("(?i)^mailto:", ""),
          p.getParameter("ROLE").map(r -> r.getValue().equals("REQ-PARTICIPANT")).orElse(true)));
    }
    Property organizer = event.getProperty("ORGANIZER").orElseThrow();
    MeetingRequest request = new MeetingRequest(
        MeetingKind.valueOf(value(event, "X-LEVMAN-KIND").orElseThrow()),
        event.getProperty("SUMMARY").map(Property::getValue).orElse(""), start,
        Duration.between(start, end),
        new Attendee(organizer.getParameter("CN").map(c -> c.getValue()).orElse(""),
            organizer.getValue().replaceFirst("(?i)^mailto:", ""), true),
        attendees, value(event, "LOCATION"), value(event, "RRULE"),
        value(event, "X-LEVMAN-SUPPLIER").orElseThrow(), value(event, "X-LEVMAN-DOSSIER").orElseThrow(),
        value(event, "X-LEVMAN-INSTANCE"));
    return new PlannedMeeting(value(event, "UID").orElseThrow(), request);
  }

  private static Optional<String> value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue);
  }
}
