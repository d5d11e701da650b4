package nl.levman.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.levman.model.CommandId;
import nl.levman.model.FlowRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.Rejection;

/**
 * The one rule for instance ids and a host's command ids, the same on every store; and the
 * engine's own namespace of command ids, which hosts cannot use.
 */
final class Ids {
  static final String RULE =
      "1 to 80 characters: letters, digits and . _ - : (starting with a letter or digit)";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");
  /** The prefixes of the ids the engine gives its own commands (timers, the Jaarkalender, links). */
  static final List<String> ENGINE_PREFIXES = List.of("timer:", "jaarkalender:", "link:", "levman:");
  static final String ENGINE_RULE = "ids beginning with " + String.join(", ", ENGINE_PREFIXES)
      + " are the engine's own";

  private Ids() {}

  static Optional<Rejection> check(InstanceId id) {
    return ID.matcher(id.value()).matches()
        ? Optional.empty()
        : Optional.of(new FlowRejection.InstanceIdInvalid(id.value(), RULE));
  }

  /** A host's command id: the id rule, and outside the engine's namespace. */
  static Optional<Rejection> checkHost(CommandId id) {
    if (!ID.matcher(id.value()).matches()) {
      return Optional.of(new FlowRejection.CommandIdInvalid(id.value(), RULE));
    }
    return ENGINE_PREFIXES.stream().anyMatch(id.value()::startsWith)
        ? Optional.of(new FlowRejection.CommandIdInvalid(id.value(), ENGINE_RULE))
        : Optional.empty();
  }

  /** The id of an engine's own command, in the namespace hosts cannot use. */
  static CommandId engine(String prefix, String rest) {
    if (!ENGINE_PREFIXES.contains(prefix)) {
      throw new IllegalArgumentException("not an engine prefix: " + prefix);
    }
    return new CommandId(prefix + rest);
  }
}
