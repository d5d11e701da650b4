package nl.levman.api;

import java.util.Optional;

/**
 * The result of verifying an instance's hash chain, and its seals where the engine has them:
 * intact, or the first broken record (its sequence number), what is wrong with it (changed,
 * missing, out of order, differing from its seal, deleted after it was sealed) and its kind.
 */
public record Verification(String instance, long records, Optional<Long> brokenAt, Optional<String> problem,
    Optional<ProblemKind> kind) {

  public static Verification intact(String instance, long records) {
    return new Verification(instance, records, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A record the hash chain itself finds broken ({@link ProblemKind#CHAIN_BROKEN}). */
  public static Verification broken(String instance, long records, long at, String problem) {
    return broken(instance, records, at, problem, ProblemKind.CHAIN_BROKEN);
  }

  public static Verification broken(String instance, long records, long at, String problem, ProblemKind kind) {
    return new Verification(instance, records, Optional.of(at), Optional.of(problem), Optional.of(kind));
  }

  public boolean isIntact() {
    return brokenAt.isEmpty();
  }
}
