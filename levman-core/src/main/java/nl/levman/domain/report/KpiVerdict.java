package nl.levman.domain.report;

import java.math.BigDecimal;

/** One KPI's verdict in a report, with the reason in words. */
public record KpiVerdict(String kpi, BigDecimal value, Verdict verdict, String reason) {}
