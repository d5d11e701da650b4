package nl.levman.model;

/**
 * What a timer waits for. Timers are declared by ways on, never by a process's own words: the
 * engine knows these kinds, and the definition says what each one means for its steps (the SLR of
 * a period, a mitigation action).
 */
public enum TimerKind {
  /** The first step of a cycle's period is not completed by its due date: raise the way on's signal. */
  PERIOD_OVERDUE("period-overdue"),
  /** The continuation of a cycle must open early, so that its decision can be taken in time. */
  CONTINUATION_DUE("continuation-due"),
  /** The term of the cycle has ended. */
  TERM_END("term-end"),
  /** An item of a fan-out is not done by its due date: raise the way on's signal. */
  ITEM_OVERDUE("item-overdue");

  private final String storedName;

  TimerKind(String storedName) {
    this.storedName = storedName;
  }

  /** The explicit name under which the kind is stored; never changes. */
  public String storedName() {
    return storedName;
  }

  public static TimerKind ofStoredName(String name) {
    for (TimerKind k : values()) {
      if (k.storedName.equals(name)) {
        return k;
      }
    }
    throw new LevmanException("unknown timer kind '" + name + "'");
  }
}
