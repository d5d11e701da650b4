package nl.levman.domain.steering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.levman.json.JsonFields;
import nl.levman.model.LevmanException;

/**
 * Reads the decisions of SLM step 15 from their JSON document: a list of objects with a "type" of
 * extra-meeting (date, topic), sip (actions: description, owner, due, criterion), sla-change (what),
 * escalation (level, reason) or penalty (computed from the SLA's rules when the decision is taken).
 */
public final class SteeringDecisions {
  private SteeringDecisions() {}

  /** The decisions; a malformed list is a {@link LevmanException} naming the field. */
  public static List<SteeringDecision> read(String text) {
    List<SteeringDecision> decisions = new ArrayList<>();
    for (JsonFields d : JsonFields.parseList(text)) {
      String type = d.text("type");
      switch (type) {
        case "extra-meeting" -> decisions.add(new SteeringDecision.ExtraMeeting(d.date("date"), d.text("topic")));
        case "sip" -> {
          List<SteeringDecision.SipAction> actions = new ArrayList<>();
          for (JsonFields m : d.objects("actions")) {
            actions.add(new SteeringDecision.SipAction(m.text("description"), m.text("owner"),
                m.date("due"), m.text("criterion")));
          }
          decisions.add(new SteeringDecision.ServiceImprovementPlan(actions));
        }
        case "sla-change" -> decisions.add(new SteeringDecision.SlaChange(d.text("what")));
        case "escalation" -> decisions.add(new SteeringDecision.Escalation(d.whole("level", 1, 10), d.text("reason")));
        case "penalty" -> decisions.add(new SteeringDecision.Penalty());
        default -> throw new LevmanException("unknown steering decision '" + type
            + "'; known: extra-meeting, sip, sla-change, escalation, penalty");
      }
    }
    return decisions;
  }
}
