/** The service level agreement: its term, reporting period, KPIs with targets and bands, penalty rules. */
package nl.levman.domain.sla;
