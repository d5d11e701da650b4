package nl.levman.domain.mitigation;

import java.util.List;
import nl.levman.model.DomainRejection;

/** Why mitigation actions are refused. Codes are fixed. */
public sealed interface MitigationRejection extends DomainRejection {

  /** The mitigation actions document names an action that is not among the declared ones. */
  record UnknownAction(String action, List<String> declared) implements MitigationRejection {
    public UnknownAction {
      declared = List.copyOf(declared);
    }

    public String code() {
      return "UnknownMitigationAction";
    }

    public String message() {
      return "mitigation action '" + action + "' is not one of the declared actions " + declared;
    }
  }

  /** Every code of this family. */
  static List<String> codes() {
    return List.of("UnknownMitigationAction");
  }
}
