package nl.levman.handbook;

import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.risk.RiskProfile;
import nl.levman.domain.risk.RiskProfileRejection;
import nl.levman.domain.risk.RiskProfileScored;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.model.Behaviour;
import nl.levman.model.EventTypes;
import nl.levman.model.InputRejection;
import nl.levman.model.LevmanException;

/**
 * Review steps 3 and 13: the supplier's risk profile must fill the template, be of the work item's
 * supplier, and is scored (inherent and residual, with its level).
 */
final class ProfileCheck implements StepBehaviour<RiskProfile> {
  private final Behaviour declaration;
  private final RiskProfileTemplate template;
  private final boolean finalProfile;

  ProfileCheck(Behaviour declaration, RiskProfileTemplate template, boolean finalProfile) {
    this.declaration = declaration;
    this.template = template;
    this.finalProfile = finalProfile;
  }

  @Override
  public Behaviour declaration() {
    return declaration;
  }

  @Override
  public void register(EventTypes.Builder types) {
    types.register("review.risk-profile-scored", 1, RiskProfileScored.class);
  }

  @Override
  public Decoded<RiskProfile> decode(StepInput input) {
    try {
      return Decoded.value(RiskProfile.fromJson(input.text(Handbook.RISK_PROFILE.code()).orElse("")));
    } catch (LevmanException e) {
      return Decoded.refused(new InputRejection.DocumentUnreadable(input.step(),
          Handbook.RISK_PROFILE.code(), e.getMessage()));
    }
  }

  @Override
  public Decision decide(RiskProfile p, StepContext c) {
    String supplier = c.supplier().orElseThrow();
    if (!p.supplier().equals(supplier)) {
      return Decision.refuse(new RiskProfileRejection.ProfileOfOtherSupplier(p.supplier(), supplier));
    }
    Optional<String> problem = p.problemAgainst(template);
    if (problem.isPresent()) {
      return Decision.refuse(new RiskProfileRejection.ProfileIncomplete(supplier, problem.get()));
    }
    return Decision.accept(new RiskProfileScored(supplier, p.inherentScore(), p.residualScore(),
        p.level(), finalProfile));
  }
}
