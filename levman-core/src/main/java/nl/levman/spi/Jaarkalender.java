package nl.levman.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Levman Jaarkalender: the annual calendar of recurring activities, such as the periodic
 * supplier risk review. An entry whose date has come starts its process once (by its id).
 */
public interface Jaarkalender {

  /** The entries dated on or before {@code upTo}. */
  List<Entry> dueOnOrBefore(LocalDate upTo);

  /**
   * One calendar entry: a stable id, the process it starts, its date, a title, the person the
   * calendar names for it (for the review, the coordinating CM; shown to people, not used to
   * authorise: the engine starts the instance as the system, under the command id {@code
   * jaarkalender:<id>}) and attributes passed to the new instance.
   */
  record Entry(String id, String processKey, LocalDate date, String title, String startedBy,
      Map<String, String> attributes) {}
}
