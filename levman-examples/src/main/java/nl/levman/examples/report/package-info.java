/** Building blocks of the self-contained HTML report: KPI charts as SVG, euro amounts, HTML tables and sections, the page with its inline CSS, and their Dutch and English words. */
package nl.levman.examples.report;
