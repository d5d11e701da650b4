/** The Levman domain: SLA and KPIs, service level reports, service credits, DAP, risk profiles, mitigation actions, mandates and delegations. */
package nl.levman.domain;
