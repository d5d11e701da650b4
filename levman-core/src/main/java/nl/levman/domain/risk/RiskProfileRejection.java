package nl.levman.domain.risk;

import java.util.List;
import nl.levman.model.DomainRejection;

/** Why a risk profile is refused. Codes are fixed. */
public sealed interface RiskProfileRejection extends DomainRejection {

  /** The profile is of another supplier than the work item's. */
  record ProfileOfOtherSupplier(String profileOf, String stepFor) implements RiskProfileRejection {
    public String code() {
      return "ProfileOfOtherSupplier";
    }

    public String message() {
      return "the profile is of " + profileOf + ", this step is for " + stepFor;
    }
  }

  /** The profile does not fill the template: a criterion missing, a score out of range. */
  record ProfileIncomplete(String supplier, String problem) implements RiskProfileRejection {
    public String code() {
      return "ProfileIncomplete";
    }

    public String message() {
      return "the risk profile of " + supplier + " does not fill the template: " + problem;
    }
  }

  /** Every code of this family. */
  static List<String> codes() {
    return List.of("ProfileOfOtherSupplier", "ProfileIncomplete");
  }
}
