package nl.levman.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.mitigation.MitigationActionsAgreed;
import nl.levman.domain.mitigation.MitigationRejection;
import nl.levman.json.JsonFields;
import nl.levman.model.Behaviour;
import nl.levman.model.EventTypes;
import nl.levman.model.InputRejection;
import nl.levman.model.LevmanException;

/**
 * Review step 8: when the "Mitigatie acties en status updates" document is presented, its actions
 * ({@code [{"id", "description", "due"}]}) are recorded with their due dates; each must be one of the
 * declared mitigation actions, and one past its due date raises {@code mitigation-action-overdue}.
 */
final class MitigationDeadlines implements StepBehaviour<Optional<List<MitigationActionsAgreed.Agreed>>> {

  @Override
  public Behaviour declaration() {
    return SupplierRiskBehaviours.MITIGATION_ACTIONS;
  }

  @Override
  public void register(EventTypes.Builder types) {
    types.register("review.mitigation-actions-agreed", 1, MitigationActionsAgreed.class);
  }

  @Override
  public Decoded<Optional<List<MitigationActionsAgreed.Agreed>>> decode(StepInput input) {
    Optional<String> text = input.text(Handbook.MITIGATION_ACTIONS.code());
    if (text.isEmpty()) {
      return Decoded.value(Optional.empty());
    }
    List<MitigationActionsAgreed.Agreed> actions = new ArrayList<>();
    try {
      for (JsonFields a : JsonFields.parseList(text.get())) {
        actions.add(new MitigationActionsAgreed.Agreed(a.text("id"), a.text("description"),
            a.date("due")));
      }
    } catch (LevmanException e) {
      return Decoded.refused(new InputRejection.DocumentUnreadable(input.step(),
          Handbook.MITIGATION_ACTIONS.code(), e.getMessage()));
    }
    return Decoded.value(Optional.of(actions));
  }

  @Override
  public Decision decide(Optional<List<MitigationActionsAgreed.Agreed>> actions, StepContext c) {
    if (actions.isEmpty()) {
      return Decision.nothing();
    }
    List<String> declared = c.list(Handbook.MITIGATION_ACTION);
    for (MitigationActionsAgreed.Agreed a : actions.get()) {
      if (!declared.contains(a.id())) {
        return Decision.refuse(new MitigationRejection.UnknownAction(a.id(), declared));
      }
    }
    Decision.Accepted decided = Decision.accept(
        new MitigationActionsAgreed(c.supplier().orElseThrow(), actions.get()));
    for (MitigationActionsAgreed.Agreed a : actions.get()) {
      decided = decided.with(new Effect.ItemDue(Handbook.MITIGATION_ACTION, a.id(), a.due()));
    }
    return decided;
  }
}
