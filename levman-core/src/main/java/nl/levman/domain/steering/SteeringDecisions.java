package nl.levman.domain.steering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.levman.json.Json;
import nl.levman.model.LevmanException;

/**
 * Reads the decisions of SLM step 15 from their JSON document: a list of objects with a "type" of
 * extra-meeting (date, topic), sip (actions: description, owner, due, criterion), sla-change (what),
 * escalation (level, reason) or penalty (computed by the policy from the SLA's rules).
 */
public final class SteeringDecisions {
  private SteeringDecisions() {}

  /** The decisions; a penalty is returned as a marker with an empty credit, to be computed. */
  @SuppressWarnings("unchecked")
  public static List<Object> read(String text) {
    Object parsed = Json.parse(text);
    if (!(parsed instanceof List<?> list)) {
      throw new LevmanException("steering decisions must be a JSON list of decisions");
    }
    List<Object> decisions = new ArrayList<>();
    for (Object o : list) {
      Map<String, Object> d = (Map<String, Object>) o;
      String type = String.valueOf(d.get("type"));
      switch (type) {
        case "extra-meeting" -> decisions.add(new SteeringDecision.ExtraMeeting(
            LocalDate.parse((String) d.get("date")), (String) d.get("topic")));
        case "sip" -> {
          List<SteeringDecision.SipAction> actions = new ArrayList<>();
          for (Object a : (List<Object>) d.get("actions")) {
            Map<String, Object> m = (Map<String, Object>) a;
            actions.add(new SteeringDecision.SipAction((String) m.get("description"), (String) m.get("owner"),
                LocalDate.parse((String) m.get("due")), (String) m.get("criterion")));
          }
          decisions.add(new SteeringDecision.ServiceImprovementPlan(actions));
        }
        case "sla-change" -> decisions.add(new SteeringDecision.SlaChange((String) d.get("what")));
        case "escalation" -> decisions.add(new SteeringDecision.Escalation(
            ((Number) d.get("level")).intValue(), (String) d.get("reason")));
        case "penalty" -> decisions.add("penalty");
        default -> throw new LevmanException("unknown steering decision '" + type
            + "'; known: extra-meeting, sip, sla-change, escalation, penalty");
      }
    }
    return decisions;
  }
}
