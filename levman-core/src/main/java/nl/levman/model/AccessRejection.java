package nl.levman.model;

import java.util.List;

/** The person may not act where the command would act. Codes are fixed. */
public sealed interface AccessRejection extends Rejection {

  /**
   * The person holds none of the step's roles for the scope, neither directly nor through an
   * active delegation.
   */
  record RoleNotHeld(String person, List<String> roles, String scope, int step)
      implements AccessRejection {
    public RoleNotHeld {
      roles = List.copyOf(roles);
    }

    @Override
    public String code() {
      return "RoleNotHeld";
    }

    @Override
    public String message() {
      return person + " does not hold role " + String.join(" or ", roles) + " for " + scope
          + " (needed for step " + step + ")";
    }
  }

  /** Every code of this family. */
  static List<String> codes() {
    return List.of("RoleNotHeld");
  }
}
