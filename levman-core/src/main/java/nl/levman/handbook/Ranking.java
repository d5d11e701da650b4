package nl.levman.handbook;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.ReadsNothing;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.HandboekPolicy;
import nl.levman.domain.risk.RankingMade;
import nl.levman.model.Behaviour;
import nl.levman.model.EventTypes;

/** Review step 1: the Handboek's ranking of the candidates, proposed for the selection of step 2. */
final class Ranking implements ReadsNothing {
  private final HandboekPolicy handboek;
  private final Function<LocalDate, List<Candidate>> candidates;

  Ranking(HandboekPolicy handboek, Function<LocalDate, List<Candidate>> candidates) {
    this.handboek = handboek;
    this.candidates = candidates;
  }

  @Override
  public Behaviour declaration() {
    return SupplierRiskBehaviours.RANKING;
  }

  @Override
  public void register(EventTypes.Builder types) {
    types.register("review.ranking-made", 1, RankingMade.class);
  }


  @Override
  public Decision decide(StepInput input, StepContext c) {
    LocalDate today = c.today();
    return Decision.accept(new RankingMade(today, handboek.rank(candidates.apply(today), today)));
  }
}
