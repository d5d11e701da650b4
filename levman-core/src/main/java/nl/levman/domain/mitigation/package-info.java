/** Mitigation actions of the risk review: status updates, the service owner's judgement and the MT's acceptance. */
package nl.levman.domain.mitigation;
