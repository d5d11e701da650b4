package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;

/**
 * The term of an agreement as the engine needs it for a periodic cycle: its start and end date
 * (exclusive), the reporting period, how many days after a period's end its report is due, and
 * the date by which the follow-on process must start so that notice can be given in time.
 */
public record Term(
    LocalDate start, LocalDate end, Period reportingPeriod, int deliveryDays, LocalDate renewalDue) {
  public Term {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(reportingPeriod, "reportingPeriod");
    requireNonNull(renewalDue, "renewalDue");
    if (!end.isAfter(start)) {
      throw new LevmanException("a term must end after it starts: " + start + " – " + end);
    }
    if (reportingPeriod.isZero() || reportingPeriod.isNegative()) {
      throw new LevmanException("a reporting period must be positive: " + reportingPeriod);
    }
    if (deliveryDays < 0) {
      throw new LevmanException("delivery days cannot be negative: " + deliveryDays);
    }
  }

  /** The first day of period {@code n} (counted from 1). */
  public LocalDate periodStart(int n) {
    return start.plus(reportingPeriod.multipliedBy(n - 1));
  }

  /** The day after the last day of period {@code n}. */
  public LocalDate periodEnd(int n) {
    LocalDate end = start.plus(reportingPeriod.multipliedBy(n));
    return end.isAfter(this.end) ? this.end : end;
  }

  /** Whether period {@code n} starts before the term ends. */
  public boolean hasPeriod(int n) {
    return n >= 1 && periodStart(n).isBefore(end);
  }
}
