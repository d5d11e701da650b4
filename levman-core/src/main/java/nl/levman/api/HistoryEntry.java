package nl.levman.api;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.Event;

/**
 * One event of an instance's history, decoded, with who recorded it, when, its stored type name
 * (such as {@code step-opened.v1} or {@code slm.slr-evaluated.v1}) and its hash.
 */
public record HistoryEntry(
    long sequence, Instant at, String actor, Optional<CommandId> command, String type, Event event,
    String hash) {}
