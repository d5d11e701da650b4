package nl.levman.model;

import java.util.List;

/** What the person handed in is missing or malformed. Codes are fixed. */
public sealed interface InputRejection extends Rejection {

  /** The outcome is not one of the gate's outcomes, or an outcome was given where there is no gate. */
  record UnknownOutcome(int step, String outcome, List<String> allowed) implements InputRejection {
    public UnknownOutcome {
      allowed = List.copyOf(allowed);
    }

    @Override
    public String code() {
      return "UnknownOutcome";
    }

    @Override
    public String message() {
      return allowed.isEmpty()
          ? "step " + step + " is not a decision gate, so it takes no outcome ('" + outcome + "')"
          : "step " + step + " has no outcome '" + outcome + "'; choose one of " + allowed;
    }
  }

  /** The step is a decision gate and no outcome was chosen. */
  record OutcomeMissing(int step, List<String> allowed) implements InputRejection {
    public OutcomeMissing {
      allowed = List.copyOf(allowed);
    }

    @Override
    public String code() {
      return "OutcomeMissing";
    }

    @Override
    public String message() {
      return "step " + step + " is a decision gate: choose one of " + allowed;
    }
  }

  /** A document the step needs, or archives, was not presented. */
  record DocumentMissing(int step, String documentType, String documentName)
      implements InputRejection {
    @Override
    public String code() {
      return "DocumentMissing";
    }

    @Override
    public String message() {
      return "step " + step + " needs document '" + documentName + "' (" + documentType + ")";
    }
  }

  /** A presented document has a type the definition does not declare. */
  record UnknownDocumentType(int step, String documentType) implements InputRejection {
    @Override
    public String code() {
      return "UnknownDocumentType";
    }

    @Override
    public String message() {
      return "step " + step + ": document type '" + documentType + "' is not declared by the process";
    }
  }

  /** A presented document cannot be read as what the step expects. */
  record DocumentUnreadable(int step, String documentType, String problem)
      implements InputRejection {
    @Override
    public String code() {
      return "DocumentUnreadable";
    }

    @Override
    public String message() {
      return "step " + step + ": the " + documentType + " document cannot be read: " + problem;
    }
  }

  /**
   * A presented document is larger than the engine takes ({@code Levman.builder().maxDocumentSize},
   * 64 MiB unless configured); nothing of the command was archived.
   */
  record DocumentTooLarge(int step, String documentType, String documentName, long limitBytes)
      implements InputRejection {
    @Override
    public String code() {
      return "DocumentTooLarge";
    }

    @Override
    public String message() {
      return "step " + step + ": document '" + documentName + "' (" + documentType
          + ") is larger than the limit of " + limitBytes + " bytes";
    }
  }

  /**
   * A presented document's file name cannot be an archive name: it could leave the archive folder
   * ({@code ..}, a separator, a drive letter, a device name), or it is one of the archive's own
   * ({@code levman.properties}, {@code .levman-…}).
   */
  record DocumentNameInvalid(int step, String documentType, String documentName, String problem)
      implements InputRejection {
    @Override
    public String code() {
      return "DocumentNameInvalid";
    }

    @Override
    public String message() {
      return "step " + step + " (" + documentType + "): " + problem;
    }
  }

  /** A field the step's behaviour needs was not given. */
  record FieldMissing(int step, String field, String expected) implements InputRejection {
    @Override
    public String code() {
      return "FieldMissing";
    }

    @Override
    public String message() {
      return "step " + step + " needs field '" + field + "': " + expected;
    }
  }

  /** A field was given in a form the step's behaviour cannot read. */
  record FieldMalformed(int step, String field, String problem) implements InputRejection {
    @Override
    public String code() {
      return "FieldMalformed";
    }

    @Override
    public String message() {
      return "step " + step + ": field '" + field + "' " + problem;
    }
  }

  /** A field was given that the step does not read; nothing a person hands in is recorded unread. */
  record UnknownField(int step, String field, List<String> known) implements InputRejection {
    public UnknownField {
      known = List.copyOf(known);
    }

    @Override
    public String code() {
      return "UnknownField";
    }

    @Override
    public String message() {
      return known.isEmpty()
          ? "step " + step + " takes no fields, not '" + field + "'"
          : "step " + step + " has no field '" + field + "'; it reads " + known;
    }
  }

  /** A fan-out step needs its item list, and none was declared (it may be empty). */
  record ItemListMissing(int step, String itemKind) implements InputRejection {
    @Override
    public String code() {
      return "ItemListMissing";
    }

    @Override
    public String message() {
      return "step " + step + " fans out per " + itemKind + ": declare the " + itemKind
          + " list (it may be empty)";
    }
  }

  /** A declared item list names an item twice or holds an empty item. */
  record ItemListInvalid(int step, String itemKind, String problem) implements InputRejection {
    @Override
    public String code() {
      return "ItemListInvalid";
    }

    @Override
    public String message() {
      return "step " + step + ": the " + itemKind + " list " + problem;
    }
  }

  /** A declared item list is of a kind the process does not fan out over. */
  record UnknownItemKind(int step, String itemKind, String processKey) implements InputRejection {
    @Override
    public String code() {
      return "UnknownItemKind";
    }

    @Override
    public String message() {
      return "step " + step + ": '" + itemKind + "' is not an item kind of process " + processKey;
    }
  }

  /** Every code of this family. */
  static List<String> codes() {
    return List.of("UnknownOutcome", "OutcomeMissing", "DocumentMissing", "UnknownDocumentType",
        "DocumentUnreadable", "DocumentTooLarge", "DocumentNameInvalid", "FieldMissing", "FieldMalformed", "UnknownField", "ItemListMissing", "ItemListInvalid",
        "UnknownItemKind");
  }
}
