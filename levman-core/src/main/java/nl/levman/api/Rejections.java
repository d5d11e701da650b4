package nl.levman.api;

import nl.levman.model.Rejection;

/**
 * The engine's rejections: each a record that names what was wrong. Returned in {@link
 * CommandResult.Rejected}; a rejected command changes nothing.
 */
public final class Rejections {
  private Rejections() {}

  /** No definition is registered under the key. */
  public record UnknownProcess(String processKey) implements Rejection {
    @Override
    public String message() {
      return "no process is registered under '" + processKey + "'";
    }
  }

  /** No instance has this id. */
  public record UnknownInstance(String instance) implements Rejection {
    @Override
    public String message() {
      return "there is no instance " + instance;
    }
  }

  /** An instance with this id exists already (and the command id is a different one). */
  public record InstanceExists(String instance) implements Rejection {
    @Override
    public String message() {
      return "instance " + instance + " exists already";
    }
  }

  /** The instance has finished; nothing can be done in it. */
  public record InstanceFinished(String instance) implements Rejection {
    @Override
    public String message() {
      return "instance " + instance + " has finished";
    }
  }

  /** The work item is not open (never was, or is done already). */
  public record StepNotOpen(String instance, String item) implements Rejection {
    @Override
    public String message() {
      return "work item " + item + " is not open in instance " + instance;
    }
  }

  /** The person holds the step's role neither directly nor through an active delegation. */
  public record RoleNotHeld(String person, String role, String scope, int step) implements Rejection {
    @Override
    public String message() {
      return person + " does not hold role " + role + " for " + scope + " (needed for step " + step + ")";
    }
  }

  /** The outcome is not one of the gate's outcomes, or an outcome was given where there is no gate. */
  public record UnknownOutcome(int step, String outcome, java.util.List<String> allowed)
      implements Rejection {
    @Override
    public String message() {
      return allowed.isEmpty()
          ? "step " + step + " is not a decision gate, so it takes no outcome ('" + outcome + "')"
          : "step " + step + " has no outcome '" + outcome + "'; choose one of " + allowed;
    }
  }

  /** The step is a decision gate and no outcome was chosen. */
  public record OutcomeMissing(int step, java.util.List<String> allowed) implements Rejection {
    @Override
    public String message() {
      return "step " + step + " is a decision gate: choose one of " + allowed;
    }
  }

  /** A document the step needs was neither presented nor presented earlier in the instance. */
  public record DocumentMissing(int step, String documentType, String documentName)
      implements Rejection {
    @Override
    public String message() {
      return "step " + step + " needs document '" + documentName + "' (" + documentType + ")";
    }
  }

  /** A presented document has a type the definition does not declare. */
  public record UnknownDocumentType(int step, String documentType) implements Rejection {
    @Override
    public String message() {
      return "step " + step + ": document type '" + documentType + "' is not declared by the process";
    }
  }

  /** The step cannot be raised at any time (it is not an event sub-flow). */
  public record NotRaisable(int step) implements Rejection {
    @Override
    public String message() {
      return "step " + step + " cannot be raised: it is not an event sub-flow";
    }
  }

  /** The work item belongs to a period that has not ended yet (a periodic SLR, say). */
  public record NotYetDue(int step, int period, String from) implements Rejection {
    @Override
    public String message() {
      return "step " + step + " for period " + period + " can be completed from " + from;
    }
  }

  /** Input the step needs is missing or malformed: a flag, an item list, a field. */
  public record InvalidInput(int step, String what) implements Rejection {
    @Override
    public String message() {
      return step > 0 ? "step " + step + ": " + what : what;
    }
  }

  /** Another command changed the instance first (perhaps on another node); retry with fresh data. */
  public record ConcurrentChange(String instance) implements Rejection {
    @Override
    public String message() {
      return "instance " + instance + " was changed by another command at the same time; retry";
    }
  }
}
