package nl.levman.handbook;

import java.util.List;
import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.mandate.SignaturesChecked;
import nl.levman.model.Behaviour;
import nl.levman.model.DocumentType;
import nl.levman.model.EventTypes;
import nl.levman.model.InputRejection;
import nl.levman.spi.Mandates;

/**
 * SLM step 17: an SLA, DAP or SLR changed. The field {@code changed} names which; the changed
 * document must be presented (it is archived where the handleiding puts it), and its signatures
 * are checked against the Mandaatlijst.
 */
final class ChangeSigned implements StepBehaviour<ChangeSigned.Change> {
  static final String CHANGED = "changed";
  private static final List<DocumentType> CHANGEABLE = List.of(Handbook.SLA, Handbook.DAP, Handbook.SLR);
  private final Mandates mandates;

  ChangeSigned(Mandates mandates) {
    this.mandates = mandates;
  }

  /** Which document changed, and who signed it. */
  record Change(DocumentType changed, Signatures signatures) {}

  @Override
  public Behaviour declaration() {
    return ServiceLevelBehaviours.CHANGE_SIGNED;
  }

  @Override
  public void register(EventTypes.Builder types) {
    types.register("levman.signatures-checked", 1, SignaturesChecked.class);
  }

  @Override
  public Decoded<Change> decode(StepInput input) {
    String changed = input.field(CHANGED).orElse(Handbook.SLA.code());
    Optional<DocumentType> type = CHANGEABLE.stream().filter(d -> d.code().equals(changed)).findFirst();
    if (type.isEmpty()) {
      return Decoded.refused(new InputRejection.FieldMalformed(input.step(), CHANGED,
          "must be one of sla, dap, slr, not '" + changed + "'"));
    }
    if (input.document(changed).isEmpty()) {
      return Decoded.refused(new InputRejection.DocumentMissing(input.step(), changed,
          type.get().nameNl()));
    }
    Decoded<Signatures> signatures = Signatures.decode(input);
    if (signatures instanceof Decoded.Refused<Signatures> r) {
      return Decoded.refused(r.rejection());
    }
    return Decoded.value(new Change(type.get(), ((Decoded.Value<Signatures>) signatures).value()));
  }

  @Override
  public Decision decide(Change change, StepContext c) {
    return change.signatures().checkedFor(change.changed().code(), mandates, c.today());
  }
}
