package nl.levman.domain.report;

import nl.levman.model.DomainRejection;

/** Why an SLR is refused: each names the KPI, unit or period concerned. Codes are fixed. */
public sealed interface ReportRejection extends DomainRejection {

  public record KpiValueMissing(String kpi, int period) implements ReportRejection {
    public String code() {
      return "KpiValueMissing";
    }

    public String message() {
      return "the SLR for period " + period + " has no value for KPI " + kpi;
    }
  }

  public record UnknownKpi(String kpi) implements ReportRejection {
    public String code() {
      return "UnknownKpi";
    }

    public String message() {
      return "the SLR reports KPI " + kpi + ", which the SLA does not have";
    }
  }

  public record WrongUnit(String kpi, String given, String expected) implements ReportRejection {
    public String code() {
      return "WrongUnit";
    }

    public String message() {
      return "KPI " + kpi + " is measured in " + expected + ", not in " + given;
    }
  }

  public record PeriodOutsideTerm(int period, String from, String to) implements ReportRejection {
    public String code() {
      return "PeriodOutsideTerm";
    }

    public String message() {
      return "period " + period + " (" + from + " – " + to + ") lies outside the SLA's term";
    }
  }

  public record ReportExists(int period, int version) implements ReportRejection {
    public String code() {
      return "ReportExists";
    }

    public String message() {
      return "an SLR for period " + period + " was received already (version " + version
          + "); send it as a correction to make a new version";
    }
  }

  public record WrongPeriod(int given, int expected) implements ReportRejection {
    public String code() {
      return "WrongPeriod";
    }

    public String message() {
      return "this step is for the SLR of period " + expected + ", not of period " + given;
    }
  }

  /** The SLA the instance is about is not in the contract register. */
  record AgreementUnknown(String contract) implements ReportRejection {
    public String code() {
      return "AgreementUnknown";
    }

    public String message() {
      return "the SLA " + contract + " is not in the contract register";
    }
  }

  /** A penalty is computed from the period's SLR, and none was received for the period. */
  record NoReportForPeriod(int period) implements ReportRejection {
    public String code() {
      return "NoReportForPeriod";
    }

    public String message() {
      return "no SLR was received for period " + period + ", so no penalty can be computed";
    }
  }

  /** The SLR's dates are not those of its period under the SLA. */
  record DatesDoNotMatchPeriod(int period, String from, String to, String givenFrom, String givenTo)
      implements ReportRejection {
    public String code() {
      return "DatesDoNotMatchPeriod";
    }

    public String message() {
      return "period " + period + " runs " + from + " – " + to + ", not " + givenFrom + " – " + givenTo;
    }
  }

  /** A measured value outside its unit's range, such as −5 % or 250 %. */
  record ValueOutOfRange(String kpi, String value, String range) implements ReportRejection {
    public String code() {
      return "ValueOutOfRange";
    }

    public String message() {
      return "KPI " + kpi + " cannot be " + value + ": it is measured as " + range;
    }
  }

  /** Every code of this family. */
  static java.util.List<String> codes() {
    return java.util.List.of("KpiValueMissing", "UnknownKpi", "WrongUnit", "PeriodOutsideTerm",
        "ReportExists", "WrongPeriod", "AgreementUnknown", "NoReportForPeriod", "DatesDoNotMatchPeriod",
        "ValueOutOfRange");
  }
}
