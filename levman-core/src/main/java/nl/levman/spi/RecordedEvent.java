package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;

/**
 * One row of the history, exactly as stored: the instance, its sequence number (from 1, without
 * gaps), when it was recorded and by whom, the command that caused it, the event's type and
 * canonical JSON payload, and the hash chain: {@code hash} is the SHA-256 of the previous hash and
 * this row's fields. Adapters store and return these fields verbatim and never update or delete a
 * row.
 */
public record RecordedEvent(
    InstanceId instance,
    long sequence,
    Instant at,
    String actor,
    Optional<CommandId> command,
    String type,
    String payload,
    String previousHash,
    String hash) {
  public RecordedEvent {
    requireNonNull(instance, "instance");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(command, "command");
    requireNonNull(type, "type");
    requireNonNull(payload, "payload");
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
    if (sequence < 1) {
      throw new nl.levman.model.LevmanException("history sequence starts at 1: " + sequence);
    }
  }
}
