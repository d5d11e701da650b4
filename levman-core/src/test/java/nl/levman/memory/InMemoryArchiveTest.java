package nl.levman.memory;

import nl.levman.spi.Archive;
import nl.levman.spi.ArchiveContract;
import nl.levman.spi.MeetingPlanner;
import nl.levman.spi.MeetingPlannerContract;
import org.junit.jupiter.api.Nested;

/** The in-memory archive and meeting planner pass their ports' contracts. */
class InMemoryArchiveTest extends ArchiveContract {

  @Override
  protected Archive archive() {
    return InMemoryArchive.withHandbookPlaces();
  }

  @Nested
  class Meetings extends MeetingPlannerContract {
    @Override
    protected MeetingPlanner planner() {
      return new InMemoryMeetingPlanner();
    }
  }
}
