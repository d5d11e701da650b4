package nl.levman.domain.report;

import nl.levman.model.Rejection;

/** Why an SLR is refused: each names the KPI, unit or period concerned. */
public final class ReportRejections {
  private ReportRejections() {}

  public record KpiValueMissing(String kpi, int period) implements Rejection {
    public String message() {
      return "the SLR for period " + period + " has no value for KPI " + kpi;
    }
  }

  public record UnknownKpi(String kpi) implements Rejection {
    public String message() {
      return "the SLR reports KPI " + kpi + ", which the SLA does not have";
    }
  }

  public record WrongUnit(String kpi, String given, String expected) implements Rejection {
    public String message() {
      return "KPI " + kpi + " is measured in " + expected + ", not in " + given;
    }
  }

  public record PeriodOutsideTerm(int period, String from, String to) implements Rejection {
    public String message() {
      return "period " + period + " (" + from + " – " + to + ") lies outside the SLA's term";
    }
  }

  public record ReportExists(int period, int version) implements Rejection {
    public String message() {
      return "an SLR for period " + period + " was received already (version " + version
          + "); send it as a correction to make a new version";
    }
  }

  public record WrongPeriod(int given, int expected) implements Rejection {
    public String message() {
      return "this step is for the SLR of period " + expected + ", not of period " + given;
    }
  }
}
