package org.example.contractregister;

import static nl.levman.handbook.Handbook.CM;
import static nl.levman.handbook.Handbook.CONTRACTREGISTER;
import static nl.levman.handbook.Handbook.DE;
import static nl.levman.handbook.Handbook.INK;
import static nl.levman.handbook.Handbook.LEV;
import static nl.levman.handbook.Handbook.SHAREPOINT;
import static nl.levman.handbook.Handbook.SLM;

import nl.levman.handbook.Handbook;
import nl.levman.model.DocumentType;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;

/**
 * Process 8 'Verlenging/Einde Contract', which the handbook text we have does not hold: the
 * contract register team defines it with Levman's builder. SLM step 18 starts it through the
 * registry when it is registered under {@link Handbook#RENEWAL_OR_END}.
 *
 * <p>The supplier's performance over the term is evaluated first; the service owner then decides
 * to renew, to tender anew, or to end, and each way has its own follow-up.
 */
public final class RenewalOrEndOfContract {
  public static final DocumentType EVALUATION =
      new DocumentType("evaluatie", "Evaluatie dienstverlening", "Evaluation of the service");
  public static final DocumentType RENEWAL = new DocumentType("verlenging",
      "Getekende verlenging", "Signed renewal");
  public static final DocumentType EXIT_PLAN = new DocumentType("exitplan", "Exitplan", "Exit plan");
  public static final DocumentType NOTICE = new DocumentType("opzegging", "Opzegbrief", "Notice letter");

  private static final ProcessDefinition DEFINITION = ProcessDefinition
      .builder(Handbook.RENEWAL_OR_END, 1)
      .name("Verlenging/Einde Contract", "Renewal/End of contract")
      .roles(SLM, CM, DE, LEV, INK)
      .documents(EVALUATION, RENEWAL, EXIT_PLAN, NOTICE)
      .places(CONTRACTREGISTER, SHAREPOINT)
      .about(nl.levman.model.Subject.SUPPLIER, nl.levman.model.Subject.CONTRACT, nl.levman.model.Subject.SERVICE)
      .step(1).by(SLM).nl("De SLM evalueert de prestaties van de Leverancier over de looptijd, aan de hand van de SLRs, besluiten en escalaties.")
          .en("The SLM evaluates the supplier's performance over the term from the SLRs, decisions and escalations.")
          .archivesTo(SHAREPOINT).next(2)
      .step(2).by(CM).nl("De CM stelt een advies op: verlengen, opnieuw aanbesteden of beëindigen, rekening houdend met de opzegtermijn.")
          .en("The CM drafts advice: renew, tender anew or end, minding the notice period.")
          .needs(EVALUATION).next(3)
      .step(3).by(DE).delegable().nl("De Diensteigenaar besluit.\nVerlengen → naar stap 4\nOpnieuw aanbesteden → naar stap 6\nBeëindigen → naar stap 7")
          .en("The service owner decides.\nRenew → to step 4\nTender anew → to step 6\nEnd → to step 7")
          .gate(Outcome.of("verlengen", 4), Outcome.of("opnieuw aanbesteden", 6), Outcome.of("beëindigen", 7))
      .step(4).by(CM).nl("De CM onderhandelt de verlenging met de Leverancier.")
          .en("The CM negotiates the renewal with the supplier.").next(5)
      .step(5).by(LEV).nl("De Leverancier beoordeelt het verlengingsvoorstel.\nAkkoord → naar stap 9\nNiet akkoord → naar stap 6")
          .en("The supplier assesses the renewal proposal.\nApproved → to step 9\nNot approved → to step 6")
          .gate(Outcome.of("akkoord", 9), Outcome.of("niet akkoord", 6))
      .step(6).by(INK).nl("Inkoop start een nieuwe aanbesteding; de huidige overeenkomst wordt tijdig opgezegd.")
          .en("Procurement starts a new tender; the current agreement is given notice in time.").next(7)
      .step(7).by(CM).nl("De CM zegt de overeenkomst op binnen de opzegtermijn en archiveert de opzegbrief.")
          .en("The CM gives notice within the notice period and archives the notice letter.")
          .archivesTo(CONTRACTREGISTER).next(8)
      .step(8).by(SLM).nl("De SLM voert het exitplan uit met de Leverancier en archiveert het resultaat.")
          .en("The SLM carries out the exit plan with the supplier and archives the result.")
          .needs(NOTICE).archivesTo(SHAREPOINT).end()
      .step(9).by(CM).nl("De CM laat de verlenging ondertekenen en archiveert deze in het Contractregister.")
          .en("The CM has the renewal signed and archives it in the contract register.")
          .archivesTo(CONTRACTREGISTER).end()
      .build();

  private RenewalOrEndOfContract() {}

  public static ProcessDefinition definition() {
    return DEFINITION;
  }
}
