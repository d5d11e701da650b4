package nl.levman.domain.risk;

import java.time.LocalDate;
import java.util.List;
import nl.levman.model.DomainEvent;

/**
 * The Handboek's ranking of suppliers by risk was made when the review was opened, for the
 * selection of step 2. Stored as {@code review.ranking-made}.
 */
public record RankingMade(LocalDate on, List<Ranked> ranking) implements DomainEvent {
  public RankingMade {
    ranking = List.copyOf(ranking);
  }
}
