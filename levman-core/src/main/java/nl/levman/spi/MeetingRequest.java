package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A meeting to plan. {@code recurrence} is an RFC 5545 RRULE value such as {@code
 * FREQ=MONTHLY;COUNT=12} for a contractual meeting that repeats.
 */
public record MeetingRequest(
    MeetingKind kind,
    String title,
    ZonedDateTime start,
    Duration duration,
    Attendee organizer,
    List<Attendee> attendees,
    Optional<String> location,
    Optional<String> recurrence,
    String supplier,
    String dossier,
    Optional<String> instance) {
  public MeetingRequest {
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(start, "start");
    requireNonNull(duration, "duration");
    requireNonNull(organizer, "organizer");
    attendees = List.copyOf(attendees);
    requireNonNull(location, "location");
    requireNonNull(recurrence, "recurrence");
    requireNonNull(supplier, "supplier");
    requireNonNull(dossier, "dossier");
    requireNonNull(instance, "instance");
    if (duration.isNegative() || duration.isZero()) {
      throw new nl.levman.model.LevmanException("meeting '" + title + "' needs a positive duration");
    }
  }
}
