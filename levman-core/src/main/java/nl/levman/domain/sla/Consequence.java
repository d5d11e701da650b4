package nl.levman.domain.sla;

/** What a missed KPI leads to. */
public enum Consequence {
  /** Reported only. */
  REPORT_ONLY,
  /** A service credit computed by the penalty rules. */
  SERVICE_CREDIT,
  /** A service improvement plan is asked for. */
  SIP_TRIGGER,
  /** Escalation along the DAP's escalation path. */
  ESCALATION_TRIGGER
}
