/** The Levman domain: SLAs and KPIs, SLRs, service credits, steering, DAP, risk profiles, mitigation actions and mandates. */
package nl.levman.domain;
