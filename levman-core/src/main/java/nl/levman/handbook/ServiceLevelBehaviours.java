package nl.levman.handbook;

import java.util.List;
import nl.levman.behaviour.Behaviours;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.model.Behaviour;
import nl.levman.spi.Agreements;
import nl.levman.spi.Mandates;

/**
 * The Levman domain at the steps of Service Level Management, as behaviours the definition places:
 * the DAP's contractual meetings planned (step 2), the signed DAP checked against the Mandaatlijst
 * (step 6), the SLR checked and evaluated when it is delivered (step 12), the steering decisions
 * with a computed penalty (step 15), and a changed document's signatures (step 17).
 */
public final class ServiceLevelBehaviours {
  private ServiceLevelBehaviours() {}

  /** The trigger by which a steering decision "SLA change" raises the change of step 17. */
  public static final String SLA_CHANGE = "sla-change";

  public static final Behaviour DAP_MEETINGS = Behaviour.named("slm.dap-meetings")
      .summary("Plant de contractuele overleggen uit de DAP", "Plans the DAP's contractual meetings");
  public static final Behaviour DAP_SIGNED = Behaviour.named("slm.dap-signed")
      .fields(Signatures.FIELD, Signatures.VALUE)
      .summary("Toetst de handtekeningen aan de Mandaatlijst", "Checks the signatures against the Mandaatlijst");
  public static final Behaviour SLR_DELIVERY = Behaviour.named("slm.slr-delivery")
      .reads(Handbook.SLR).fields(SlrDelivery.CORRECTION)
      .summary("Toetst en beoordeelt de SLR (voorstel voor stap 14)",
          "Checks and evaluates the SLR (proposal for step 14)");
  public static final Behaviour STEERING = Behaviour.named("slm.steering")
      .reads(Handbook.DECISIONS).triggers(SLA_CHANGE)
      .summary("Legt de besluiten vast en berekent een boete", "Records the decisions and computes a penalty");
  public static final Behaviour CHANGE_SIGNED = Behaviour.named("slm.change-signed")
      .fields(ChangeSigned.CHANGED, Signatures.FIELD, Signatures.VALUE)
      .summary("Toetst het gewijzigde document en de handtekeningen",
          "Checks the changed document and its signatures");

  /** The behaviours, with the contract register and the Mandaatlijst they read. */
  public static Behaviours with(Agreements agreements, Mandates mandates) {
    List<StepBehaviour<?>> all = List.of(new DapMeetings(agreements),
        new DapSigned(mandates), new SlrDelivery(agreements), new Steering(agreements),
        new ChangeSigned(mandates));
    return () -> all;
  }
}
