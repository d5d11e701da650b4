package nl.levman.api;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.Event;

/** One event of an instance's history, decoded, with who recorded it, when, and its hash. */
public record HistoryEntry(
    long sequence, Instant at, String actor, Optional<CommandId> command, Event event, String hash) {}
