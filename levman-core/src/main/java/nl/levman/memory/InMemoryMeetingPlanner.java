package nl.levman.memory;

import java.util.ArrayList;
import java.util.List;
import nl.levman.spi.MeetingPlanner;
import nl.levman.spi.MeetingRequest;
import nl.levman.spi.PlannedMeeting;

/** Keeps planned meetings in memory. Thread-safe. */
public final class InMemoryMeetingPlanner implements MeetingPlanner {
  private final List<PlannedMeeting> planned = new ArrayList<>();

  @Override
  public synchronized PlannedMeeting plan(MeetingRequest request) {
    PlannedMeeting meeting = new PlannedMeeting(
        "levman-meeting-" + (planned.size() + 1) + "-" + request.dossier(), request);
    planned.add(meeting);
    return meeting;
  }

  @Override
  public synchronized List<PlannedMeeting> planned(String supplier, String dossier) {
    return planned.stream().filter(m -> m.request().supplier().equals(supplier)
        && m.request().dossier().equals(dossier)).toList();
  }
}
