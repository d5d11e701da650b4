package nl.levman.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.levman.spi.Jaarkalender;

/** A Jaarkalender kept in memory. Thread-safe. */
public final class InMemoryJaarkalender implements Jaarkalender {
  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  public InMemoryJaarkalender add(Entry entry) {
    entries.add(entry);
    return this;
  }

  @Override
  public List<Entry> dueOnOrBefore(LocalDate upTo) {
    return entries.stream().filter(e -> !e.date().isAfter(upTo)).toList();
  }
}
