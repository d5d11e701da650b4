package nl.levman.domain.risk;

import nl.levman.model.DomainEvent;

/**
 * A supplier's risk profile was checked against the template and scored: filled at review step 3,
 * or final as archived at step 13. Stored as {@code review.risk-profile-scored}.
 */
public record RiskProfileScored(
    String supplier, int inherentScore, int residualScore, RiskLevel level, boolean finalProfile)
    implements DomainEvent {}
