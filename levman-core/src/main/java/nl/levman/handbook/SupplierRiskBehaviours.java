package nl.levman.handbook;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.levman.behaviour.Behaviours;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.HandboekPolicy;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.model.Behaviour;

/**
 * The Levman domain at the steps of the periodic risk review, as behaviours the definition places:
 * the Handboek's ranking when the review is opened (step 1), the risk profile checked against the
 * template and scored (step 3, and the final one at step 13), the MT meeting planned (step 4), and
 * the mitigation actions with their due dates (step 8).
 */
public final class SupplierRiskBehaviours {
  private SupplierRiskBehaviours() {}

  public static final Behaviour RANKING = Behaviour.named("review.ranking")
      .summary("Rangschikt de leveranciers volgens het Handboek", "Ranks the suppliers by the Handboek");
  public static final Behaviour RISK_PROFILE = Behaviour.named("review.risk-profile")
      .reads(Handbook.RISK_PROFILE)
      .summary("Toetst het risicoprofiel aan de template en scoort het",
          "Checks the risk profile against the template and scores it");
  public static final Behaviour FINAL_RISK_PROFILE = Behaviour.named("review.final-risk-profile")
      .reads(Handbook.RISK_PROFILE)
      .summary("Toetst het definitieve risicoprofiel", "Checks the final risk profile");
  public static final Behaviour MT_MEETING = Behaviour.named("review.mt-meeting")
      .summary("Plant het overleg met het MT", "Plans the meeting with the MT");
  public static final Behaviour MITIGATION_ACTIONS = Behaviour.named("review.mitigation-actions")
      .summary("Legt de mitigatie acties met hun einddatum vast",
          "Records the mitigation actions with their due dates");

  /** The behaviours, with the Handboek's ranking, the candidates on a day, and the template. */
  public static Behaviours with(HandboekPolicy handboek, Function<LocalDate, List<Candidate>> candidates,
      RiskProfileTemplate template) {
    List<StepBehaviour<?>> all = List.of(new Ranking(handboek, candidates),
        new ProfileCheck(RISK_PROFILE, template, false), new ProfileCheck(FINAL_RISK_PROFILE, template, true),
        new MtMeeting(), new MitigationDeadlines());
    return () -> all;
  }
}
