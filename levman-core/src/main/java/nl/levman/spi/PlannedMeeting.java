package nl.levman.spi;

import static java.util.Objects.requireNonNull;

/** A meeting that was planned: its globally unique id (the iCalendar UID) and what was asked. */
public record PlannedMeeting(String uid, MeetingRequest request) {
  public PlannedMeeting {
    requireNonNull(uid, "uid");
    requireNonNull(request, "request");
  }
}
