package nl.levman.domain.risk;

import java.time.LocalDate;
import java.util.Optional;
import nl.levman.domain.sla.Money;

/**
 * A supplier as the Handboek's selection sees it: its current profile score (1–25, if any), the
 * criticality of its services (1–5), the yearly contract value, and when it was last reviewed.
 */
public record Candidate(String supplier, Optional<Integer> profileScore, int criticality,
    Money contractValue, Optional<LocalDate> lastReview) {}
