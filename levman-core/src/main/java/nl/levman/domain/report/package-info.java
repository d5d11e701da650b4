/** The service level report (SLR): measured KPI values per period, their evaluation and trends. */
package nl.levman.domain.report;
