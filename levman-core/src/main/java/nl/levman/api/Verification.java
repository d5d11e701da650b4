package nl.levman.api;

import java.util.Optional;

/**
 * The result of verifying an instance's hash chain: intact, or the first broken record (its
 * sequence number) and what is wrong with it (changed, missing, out of order).
 */
public record Verification(String instance, long records, Optional<Long> brokenAt, Optional<String> problem) {

  public static Verification intact(String instance, long records) {
    return new Verification(instance, records, Optional.empty(), Optional.empty());
  }

  public static Verification broken(String instance, long records, long at, String problem) {
    return new Verification(instance, records, Optional.of(at), Optional.of(problem));
  }

  public boolean isIntact() {
    return brokenAt.isEmpty();
  }
}
