package nl.levman.domain.sla;

import java.time.Period;

/** How often the supplier reports: the SLR is delivered once per period. */
public enum ReportingPeriod {
  MONTHLY(Period.ofMonths(1)),
  QUARTERLY(Period.ofMonths(3));

  private final Period length;

  ReportingPeriod(Period length) {
    this.length = length;
  }

  public Period length() {
    return length;
  }
}
