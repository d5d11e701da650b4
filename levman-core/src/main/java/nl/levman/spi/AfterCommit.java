package nl.levman.spi;

/**
 * When the side effects of a committed change run: the notifications, the meeting requests and the
 * start of a linked process. The engine hands them over right after {@link Instances#commit}
 * returned.
 *
 * <p>A store that commits its own transaction has made the change durable by then, so the effects
 * run at once ({@link #immediately()}). A store that joins its caller's transaction has not: the
 * caller's commit decides. Its {@code AfterCommit} must run the effects once that transaction has
 * committed, and never when it rolls back; when the caller has no transaction open, at once.
 * Effects run at most once and on a thread where no transaction of the caller is active any more
 * (they may start a linked process, which is a command of its own). An implementation must not
 * throw for the effects' own failures: the engine logs those.
 */
@FunctionalInterface
public interface AfterCommit {

  /** Runs {@code effects} once the transaction the change was committed in has committed. */
  void run(Runnable effects);

  /** For stores that commit their own transaction: the change is durable, the effects run now. */
  static AfterCommit immediately() {
    return Runnable::run;
  }
}
