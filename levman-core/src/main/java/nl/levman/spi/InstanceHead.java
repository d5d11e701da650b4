package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;

/**
 * Where an instance's history ends: its last record's sequence number (which is also the number of
 * records, sequences running from 1 without gaps) and that record's chain hash.
 */
public record InstanceHead(InstanceId instance, long sequence, String hash) {
  public InstanceHead {
    requireNonNull(instance, "instance");
    requireNonNull(hash, "hash");
    if (sequence < 1) {
      throw new LevmanException("the head of " + instance + " must be a record (sequence from 1): " + sequence);
    }
    if (!hash.matches("[0-9a-f]{64}")) {
      throw new LevmanException("the head of " + instance + " needs a SHA-256 in hex: '" + hash + "'");
    }
  }
}
