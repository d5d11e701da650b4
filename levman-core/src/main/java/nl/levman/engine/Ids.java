package nl.levman.engine;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.levman.model.FlowRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.Rejection;

/** The one rule for instance ids, the same on every store. */
final class Ids {
  static final String RULE =
      "1 to 80 characters: letters, digits and . _ - : (starting with a letter or digit)";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");

  private Ids() {}

  static Optional<Rejection> check(InstanceId id) {
    return ID.matcher(id.value()).matches()
        ? Optional.empty()
        : Optional.of(new FlowRejection.InstanceIdInvalid(id.value(), RULE));
  }
}
