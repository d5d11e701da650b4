/** The DAP (Dossier Afspraken en Procedures): parties, contact matrix, meeting structure, process interfaces, escalation path, reporting agreements, signed versions. */
package nl.levman.domain.dap;
