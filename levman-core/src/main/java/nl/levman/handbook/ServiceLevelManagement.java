package nl.levman.handbook;

import static nl.levman.handbook.Handbook.CONTRACTREGISTER;
import static nl.levman.handbook.Handbook.DAP_WANTED;
import static nl.levman.handbook.Handbook.DE;
import static nl.levman.handbook.Handbook.HANDLEIDING;
import static nl.levman.handbook.Handbook.LEV;
import static nl.levman.handbook.Handbook.MANDAATLIJST;
import static nl.levman.handbook.Handbook.SHAREPOINT;
import static nl.levman.handbook.Handbook.SLM;
import static nl.levman.handbook.SlmLabels.*;

import java.util.List;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Subject;
import nl.levman.model.Target;
import nl.levman.model.WayOn;

/**
 * Service Level Management, from the handover of a signed SLA to the start of process 8, as the
 * handbook's step table. Where the handbook is silent: whether a DAP is wanted is known at start;
 * steps 12–16 repeat once per reporting period until the term ends; step 17 can be raised at any
 * time, and is raised by a steering decision "SLA change"; step 18 starts process 8 through the
 * registry. Step 15's decisions and the period's SLR are archived as step 16 archives (SharePoint
 * Levman); step 17's changed SLA or DAP goes to the Contractregister, a changed SLR to SharePoint
 * Levman, as the Levman handleiding puts them. Steps 6, 15 and 16 refuse completion without the
 * documents they archive. The domain's behaviours are in {@link ServiceLevelBehaviours}.
 */
public final class ServiceLevelManagement {
  /** The signal raised when a period's SLR is not delivered by its due date. */
  public static final String SLR_OVERDUE = "slr-overdue";

  private static final ProcessDefinition DEFINITION = ProcessDefinition
      .builder(Handbook.SERVICE_LEVEL_MANAGEMENT, 1)
      .name("Service Level Management", "Service Level Management")
      .roles(SLM, LEV, DE, Handbook.PM, Handbook.INK)
      .documents(Handbook.SLA, Handbook.DAP, Handbook.SLR, Handbook.DECISIONS, HANDLEIDING, MANDAATLIJST)
      .places(CONTRACTREGISTER, SHAREPOINT)
      .flags(DAP_WANTED)
      .about(Subject.SUPPLIER, Subject.CONTRACT, Subject.SERVICE)
      .step(1).by(SLM).nl(NL_1).en(EN_1).then(WayOn.split(List.of(2, 3), WayOn.condition(DAP_WANTED, 4, 7)))
      .step(2).by(SLM).nl(NL_2).en(EN_2).behaviour(ServiceLevelBehaviours.DAP_MEETINGS).join()
      .step(3).by(SLM).nl(NL_3).en(EN_3).join()
      .step(4).by(SLM).nl(NL_4).en(EN_4).next(5)
      .step(5).by(LEV).nl(NL_5).en(EN_5).gate(Outcome.of("akkoord", 6), Outcome.of("niet akkoord", 4))
      .step(6).by(SLM).nl(NL_6).en(EN_6).needs(HANDLEIDING).archivesTo(CONTRACTREGISTER)
          .archives(Handbook.DAP).behaviour(ServiceLevelBehaviours.DAP_SIGNED).next(7)
      .step(7).by(SLM).nl(NL_7).en(EN_7).next(8)
      .step(8).by(LEV).nl(NL_8).en(EN_8).next(9)
      .step(9).by(SLM).nl(NL_9).en(EN_9).gate(Outcome.of("akkoord", 10), Outcome.of("niet akkoord", 7))
      .step(10).by(DE).delegable().nl(NL_10).en(EN_10)
          .gate(Outcome.of("akkoord", 11), Outcome.of("niet akkoord", 7))
      .step(11).by(SLM).nl(NL_11).en(EN_11).then(WayOn.cycle(List.of(12, 13, 14, 15, 16), 18).overdueSignal(SLR_OVERDUE))
      .step(12).by(LEV).nl(NL_12).en(EN_12).behaviour(ServiceLevelBehaviours.SLR_DELIVERY).next(13)
      .step(13).by(SLM).nl(NL_13).en(EN_13).next(14)
      .step(14).by(SLM).nl(NL_14).en(EN_14).gate(Outcome.of("ja", 16), Outcome.of("nee", 15))
      .step(15).by(SLM).nl(NL_15).en(EN_15).behaviour(ServiceLevelBehaviours.STEERING)
          .archives(Handbook.DECISIONS, Handbook.SLR)
          .archives(Handbook.DECISIONS, SHAREPOINT).archives(Handbook.SLR, SHAREPOINT).next(12)
      .step(16).by(SLM).nl(NL_16).en(EN_16).needs(HANDLEIDING).archivesTo(SHAREPOINT)
          .archives(Handbook.SLR).next(12)
      .step(17).by(SLM).raisable().raisedOn(ServiceLevelBehaviours.SLA_CHANGE).nl(NL_17).en(EN_17)
          .needs(MANDAATLIJST, HANDLEIDING).behaviour(ServiceLevelBehaviours.CHANGE_SIGNED)
          .archives(Handbook.SLA, CONTRACTREGISTER).archives(Handbook.DAP, CONTRACTREGISTER)
          .archives(Handbook.SLR, SHAREPOINT).end()
      .step(18).by(SLM).nl(NL_18).en(EN_18).then(WayOn.link(Handbook.RENEWAL_OR_END, Target.end()))
      .build();

  private ServiceLevelManagement() {}

  public static ProcessDefinition definition() {
    return DEFINITION;
  }
}
