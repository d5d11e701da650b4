package nl.levman.handbook;

import static nl.levman.handbook.Handbook.CCM;
import static nl.levman.handbook.Handbook.CM;
import static nl.levman.handbook.Handbook.DE;
import static nl.levman.handbook.Handbook.JAARKALENDER;
import static nl.levman.handbook.Handbook.MITIGATION_ACTION;
import static nl.levman.handbook.Handbook.MT;
import static nl.levman.handbook.Handbook.RISK_PROFILE_TEMPLATE;
import static nl.levman.handbook.Handbook.SHAREPOINT;
import static nl.levman.handbook.Handbook.SUPPLIER;
import static nl.levman.handbook.RiskReviewLabels.*;

import java.util.List;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.WayOn;

/**
 * The periodic review of supplier-related risks, as the handbook's step table. Where the handbook
 * is silent: steps 3 and 6–13 run per selected supplier (step 6 is the MT's decision per supplier,
 * taken in the one meeting of steps 4–5), step 9 per mitigation action; step 14 is reached when
 * every selected supplier has passed step 13. Step 10 is reported back by the supplier's CM, or
 * by the coordinating CM who bundles ("naar eigen inzicht"); step 13 refuses completion without
 * the final risk profile of its supplier. The domain's behaviours are in {@link
 * SupplierRiskBehaviours}.
 */
public final class SupplierRiskReview {
  /** The signal raised when a mitigation action is not done by its due date. */
  public static final String MITIGATION_ACTION_OVERDUE = "mitigation-action-overdue";

  private static final ProcessDefinition DEFINITION = ProcessDefinition
      .builder(Handbook.SUPPLIER_RISK_REVIEW, 1)
      .name("Periodieke review van leverancier gerelateerde risico’s", "Periodic review of supplier-related risks")
      .roles(CCM, CM, DE, MT, Handbook.SLM)
      .documents(JAARKALENDER, RISK_PROFILE_TEMPLATE, Handbook.RISK_PROFILE, Handbook.MITIGATION_ACTIONS)
      .places(SHAREPOINT)
      .itemKinds(SUPPLIER, MITIGATION_ACTION)
      .step(1).by(CCM).nl(NL_1).en(EN_1).needs(JAARKALENDER).behaviour(SupplierRiskBehaviours.RANKING).next(2)
      .step(2).by(CCM).nl(NL_2).en(EN_2).then(WayOn.forEach(SUPPLIER, List.of(3), 4))
      .step(3).by(CM).nl(NL_3).en(EN_3).needs(RISK_PROFILE_TEMPLATE)
          .behaviour(SupplierRiskBehaviours.RISK_PROFILE).next(4)
      .step(4).by(CCM).nl(NL_4).en(EN_4).behaviour(SupplierRiskBehaviours.MT_MEETING).next(5)
      .step(5).by(MT).nl(NL_5).en(EN_5).then(WayOn.forEach(SUPPLIER, List.of(6, 7, 8, 9, 10, 11, 12, 13), 14))
      .step(6).by(MT).nl(NL_6).en(EN_6).gate(Outcome.of("ja", 7), Outcome.of("nee", 13))
      .step(7).by(CM).nl(NL_7).en(EN_7).next(8)
      .step(8).by(CM).nl(NL_8).en(EN_8).behaviour(SupplierRiskBehaviours.MITIGATION_ACTIONS)
          .then(WayOn.forEach(MITIGATION_ACTION, List.of(9), 10).overdueSignal(MITIGATION_ACTION_OVERDUE))
      .step(9).by(DE).nl(NL_9).en(EN_9).gate(Outcome.of("ja", 10), Outcome.of("nee", 7))
      .step(10).by(CM).orBy(CCM).nl(NL_10).en(EN_10).next(11)
      .step(11).by(MT).nl(NL_11).en(EN_11).gate(Outcome.of("ja", 12), Outcome.of("nee", 7))
      .step(12).by(CM).nl(NL_12).en(EN_12).next(13)
      .step(13).by(CM).nl(NL_13).en(EN_13).archivesTo(SHAREPOINT).archives(Handbook.RISK_PROFILE)
          .behaviour(SupplierRiskBehaviours.FINAL_RISK_PROFILE).next(14)
      .step(14).nl(NL_14).en(EN_14).end()
      .build();

  private SupplierRiskReview() {}

  public static ProcessDefinition definition() {
    return DEFINITION;
  }
}
