package nl.levman.model;

import java.util.List;

/** The instance or work item is not in a state to take the command. Codes are fixed. */
public sealed interface FlowRejection extends Rejection {

  /** No definition is registered under the key. */
  record UnknownProcess(String processKey) implements FlowRejection {
    @Override
    public String code() {
      return "UnknownProcess";
    }

    @Override
    public String message() {
      return "no process is registered under '" + processKey + "'";
    }
  }

  /** No instance has this id. */
  record UnknownInstance(String instance) implements FlowRejection {
    @Override
    public String code() {
      return "UnknownInstance";
    }

    @Override
    public String message() {
      return "there is no instance " + instance;
    }
  }

  /** An instance with this id exists already (started by a different command). */
  record InstanceExists(String instance) implements FlowRejection {
    @Override
    public String code() {
      return "InstanceExists";
    }

    @Override
    public String message() {
      return "instance " + instance + " exists already";
    }
  }

  /** The instance has finished; nothing can be done in it. */
  record InstanceFinished(String instance) implements FlowRejection {
    @Override
    public String code() {
      return "InstanceFinished";
    }

    @Override
    public String message() {
      return "instance " + instance + " has finished";
    }
  }

  /** The instance id breaks the rule for ids. */
  record InstanceIdInvalid(String instance, String rule) implements FlowRejection {
    @Override
    public String code() {
      return "InstanceIdInvalid";
    }

    @Override
    public String message() {
      return "instance id '" + instance + "' is not valid: " + rule;
    }
  }

  /**
   * The command id breaks the rule for a host's command ids, or lies in the engine's own namespace
   * (ids beginning with {@code timer:}, {@code jaarkalender:}, {@code link:} or {@code levman:}).
   */
  record CommandIdInvalid(String command, String rule) implements FlowRejection {
    @Override
    public String code() {
      return "CommandIdInvalid";
    }

    @Override
    public String message() {
      return "command id '" + printable(command) + "' is not valid: " + rule;
    }
  }

  /**
   * The command id was used before for a different command (another instance, step, person or
   * content), or by another person. Says nothing of that command.
   */
  record CommandIdReused(String command) implements FlowRejection {
    @Override
    public String code() {
      return "CommandIdReused";
    }

    @Override
    public String message() {
      return "command id '" + printable(command)
          + "' was used before for another command; send this command with an id of its own";
    }
  }

  /** An id as it can be shown in a message: control characters escaped, at most 100 characters. */
  private static String printable(String id) {
    StringBuilder out = new StringBuilder();
    id.codePoints().limit(100).forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return id.length() > 100 ? out + "…" : out.toString();
  }

  /** The work item is not open (never was, or is done already). */
  record StepNotOpen(String instance, String item) implements FlowRejection {
    @Override
    public String code() {
      return "StepNotOpen";
    }

    @Override
    public String message() {
      return "work item " + item + " is not open in instance " + instance;
    }
  }

  /** The step cannot be raised at any time (it is not an event sub-flow). */
  record NotRaisable(int step) implements FlowRejection {
    @Override
    public String code() {
      return "NotRaisable";
    }

    @Override
    public String message() {
      return "step " + step + " cannot be raised: it is not an event sub-flow";
    }
  }

  /** The work item belongs to a period that has not ended yet. */
  record NotYetDue(int step, int period, String from) implements FlowRejection {
    @Override
    public String code() {
      return "NotYetDue";
    }

    @Override
    public String message() {
      return "step " + step + " for period " + period + " can be completed from " + from;
    }
  }

  /** Another command changed the instance first (perhaps on another node); retry with fresh data. */
  record ConcurrentChange(String instance) implements FlowRejection {
    @Override
    public String code() {
      return "ConcurrentChange";
    }

    @Override
    public String message() {
      return "instance " + instance + " was changed by another command at the same time; retry";
    }
  }

  /** A start lacks what the process is about: its supplier, contract or service. */
  record SubjectMissing(String processKey, Subject subject) implements FlowRejection {
    @Override
    public String code() {
      return "SubjectMissing";
    }

    @Override
    public String message() {
      return "process " + processKey + " is about a " + subject.word()
          + ": give the " + subject.word() + " at start";
    }
  }

  /** A start lacks a flag the process routes by (such as whether a DAP is wanted). */
  record FlagMissing(String processKey, String flag) implements FlowRejection {
    @Override
    public String code() {
      return "FlagMissing";
    }

    @Override
    public String message() {
      return "process " + processKey + " needs flag '" + flag + "' at start (true or false)";
    }
  }

  /** A start of a process with a periodic cycle lacks the term. */
  record TermMissing(String processKey) implements FlowRejection {
    @Override
    public String code() {
      return "TermMissing";
    }

    @Override
    public String message() {
      return "process " + processKey
          + " runs a periodic cycle, so it needs the term (start, end, reporting period)";
    }
  }

  /** Raising a step needs a reason. */
  record ReasonMissing(int step) implements FlowRejection {
    @Override
    public String code() {
      return "ReasonMissing";
    }

    @Override
    public String message() {
      return "raising step " + step + " needs a reason";
    }
  }

  /** Every code of this family, in the order of the README's table. */
  static List<String> codes() {
    return List.of("UnknownProcess", "UnknownInstance", "InstanceExists", "InstanceFinished",
        "InstanceIdInvalid", "CommandIdInvalid", "CommandIdReused", "StepNotOpen", "NotRaisable", "NotYetDue", "ConcurrentChange",
        "SubjectMissing", "FlagMissing", "TermMissing", "ReasonMissing");
  }
}
