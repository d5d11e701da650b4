package nl.levman.handbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.mandate.SignaturesChecked;
import nl.levman.domain.sla.Money;
import nl.levman.json.JsonFields;
import nl.levman.model.InputRejection;
import nl.levman.model.LevmanException;
import nl.levman.model.Rejection;
import nl.levman.spi.Mandates;

/**
 * The signatures under a document, as handed in: the field {@code signatures}, a JSON list of
 * {@code {"person": …, "role": …}}, and the field {@code value} (in euros, default 0).
 */
record Signatures(List<Mandaatlijst.Signature> signed, Money value) {
  static final String FIELD = "signatures";
  static final String VALUE = "value";

  /** The signatures under a document of this type, checked against the Mandaatlijst in force. */
  Decision checkedFor(String documentType, Mandates mandates, LocalDate on) {
    Optional<Rejection> refused = mandates.mandaatlijst().check(documentType, value, on, signed);
    return refused.<Decision>map(Decision::refuse)
        .orElseGet(() -> Decision.accept(new SignaturesChecked(documentType, value, on, signed)));
  }

  static Decoded<Signatures> decode(StepInput input) {
    if (input.field(FIELD).isEmpty()) {
      return Decoded.refused(new InputRejection.FieldMissing(input.step(), FIELD,
          "who signed: [{\"person\": \"…\", \"role\": \"LEV\"}, …]"));
    }
    List<Mandaatlijst.Signature> signed = new ArrayList<>();
    try {
      for (JsonFields s : JsonFields.parseList(input.field(FIELD).get())) {
        signed.add(new Mandaatlijst.Signature(s.text("person"), s.text("role")));
      }
    } catch (LevmanException e) {
      return Decoded.refused(new InputRejection.FieldMalformed(input.step(), FIELD,
          "is not a list of signatures {\"person\", \"role\"}: " + e.getMessage()));
    }
    String value = input.field(VALUE).orElse("0");
    if (!value.matches("\\d{1,12}(\\.\\d{1,2})?")) {
      return Decoded.refused(new InputRejection.FieldMalformed(input.step(), VALUE,
          "must be an amount in euros such as 12500.00, not '" + value + "'"));
    }
    return Decoded.value(new Signatures(signed, Money.euro(value)));
  }
}
