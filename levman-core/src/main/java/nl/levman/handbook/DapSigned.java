package nl.levman.handbook;

import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.mandate.SignaturesChecked;
import nl.levman.model.Behaviour;
import nl.levman.model.EventTypes;
import nl.levman.spi.Mandates;

/** SLM step 6: the DAP is signed; the signatures are checked against the Mandaatlijst. */
final class DapSigned implements StepBehaviour<Signatures> {
  private final Mandates mandates;

  DapSigned(Mandates mandates) {
    this.mandates = mandates;
  }

  @Override
  public Behaviour declaration() {
    return ServiceLevelBehaviours.DAP_SIGNED;
  }

  @Override
  public void register(EventTypes.Builder types) {
    types.register("levman.signatures-checked", 1, SignaturesChecked.class);
  }

  @Override
  public Decoded<Signatures> decode(StepInput input) {
    return Signatures.decode(input);
  }

  @Override
  public Decision decide(Signatures s, StepContext c) {
    return s.checkedFor(Handbook.DAP.code(), mandates, c.today());
  }
}
