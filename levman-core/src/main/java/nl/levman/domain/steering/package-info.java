/** Steering decisions of SLM step 15: extra meeting, SIP, SLA change, escalation, penalty. */
package nl.levman.domain.steering;
