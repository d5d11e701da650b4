package nl.levman.examples.report;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.levman.model.Language;

/**
 * The words of the report and its building blocks in Dutch (the default) and English, by key. Both
 * languages have the same keys; asking for a key that does not exist is a programming error. Some
 * words contain {@link String#format} placeholders for the values they name.
 */
public final class Labels {
  private static final Map<String, String> NL = Map.ofEntries(
      Map.entry("chart.measured", "gemeten"),
      Map.entry("chart.target", "norm"),
      Map.entry("chart.warning", "waarschuwingsgrens"),
      Map.entry("chart.pointWarning", "binnen waarschuwingsband"),
      Map.entry("chart.pointBreach", "norm overschreden"),
      Map.entry("chart.period", "periode"),
      Map.entry("chart.higherIsBetter", "hoger is beter"),
      Map.entry("chart.lowerIsBetter", "lager is beter"),
      Map.entry("chart.met", "gehaald"),
      Map.entry("chart.stateWarning", "waarschuwing"),
      Map.entry("chart.stateBreach", "overschreden"),
      Map.entry("page.generatedBy", "Gemaakt met Levman. Deze pagina werkt zonder internetverbinding."),
      Map.entry("page.contents", "Inhoud"),
      Map.entry("report.title", "Levman-rapportage"),
      Map.entry("report.summary", "Samenvatting"),
      Map.entry("report.processes", "Processen"),
      Map.entry("report.kpis", "KPI-verloop per leverancier"),
      Map.entry("report.supplier", "Leverancier"),
      Map.entry("report.process", "Proces"),
      Map.entry("report.instances", "Instanties"),
      Map.entry("report.finished", "Afgerond"),
      Map.entry("report.steps", "Stappen"),
      Map.entry("report.penalties", "Boetes"),
      Map.entry("report.amount", "Bedrag"),
      Map.entry("report.total", "Totaal"),
      Map.entry("report.demoSubtitle", "Demo met %d leverancier(s) over %d jaar · stand per %s"),
      Map.entry("report.asOf", "Stand per %s. Bedragen in euro; datums in de tijdzone %s."),
      Map.entry("report.running", "Lopend"),
      Map.entry("report.figure.suppliers", "leveranciers met een SLA"),
      Map.entry("report.figure.open", "open werkitems"),
      Map.entry("report.figure.overdue", "daarvan te laat"),
      Map.entry("report.figure.credits", "servicecredits in totaal"),
      Map.entry("report.figure.breaches", "normoverschrijdingen"),
      Map.entry("report.figure.warnings", "waarschuwingen"),
      Map.entry("report.signals", "Signalen"),
      Map.entry("report.count", "Aantal"),
      Map.entry("report.signal", "Signaal"),
      Map.entry("signal.level", "niveau %s"),
      Map.entry("signal.slr-overdue", "SLR te laat"),
      Map.entry("signal.ad-hoc-meeting", "ad-hocoverleg nodig"),
      Map.entry("signal.chronic-failure", "structureel tekortschieten"),
      Map.entry("signal.escalation", "escalatie"),
      Map.entry("signal.term-end", "einde looptijd"),
      Map.entry("signal.mitigation-action-overdue", "mitigatieactie te laat"),
      Map.entry("signal.link-unregistered", "vervolgproces niet geregistreerd"),
      Map.entry("supplier.contract", "Contract"),
      Map.entry("supplier.service", "Dienst"),
      Map.entry("supplier.term", "Looptijd"),
      Map.entry("supplier.fee", "Maandbedrag"),
      Map.entry("supplier.state", "Stand"),
      Map.entry("supplier.renewal", "Verlenging of einde (proces 8)"),
      Map.entry("supplier.credits", "Servicecredits in totaal"),
      Map.entry("supplier.kpis", "KPI's per periode"),
      Map.entry("supplier.noSla", "Het SLA %s staat niet in het contractregister; daarom zijn de KPI's niet getekend."),
      Map.entry("supplier.noReports", "Er is nog geen SLR ontvangen."),
      Map.entry("supplier.deviations", "Normoverschrijdingen en waarschuwingen"),
      Map.entry("supplier.noDeviations", "Elke KPI haalde in elke periode zijn norm."),
      Map.entry("supplier.steering", "Bijsturing (stap 15)"),
      Map.entry("supplier.noSteering", "Er is niet bijgestuurd."),
      Map.entry("supplier.credit", "Servicecredits per periode"),
      Map.entry("supplier.noCredits", "Er zijn geen servicecredits vastgesteld."),
      Map.entry("supplier.traceNote", "De berekening staat er zoals Levman haar bij het besluit heeft vastgelegd."),
      Map.entry("supplier.noSignals", "Er zijn geen signalen afgegeven."),
      Map.entry("supplier.open", "Openstaand werk"),
      Map.entry("supplier.noOpen", "Er staat geen werk open."),
      Map.entry("supplier.late", "Te laat: %s."),
      Map.entry("col.period", "Periode"),
      Map.entry("col.kpi", "KPI"),
      Map.entry("col.measured", "Gemeten"),
      Map.entry("col.target", "Norm"),
      Map.entry("col.warning", "Waarschuwingsgrens"),
      Map.entry("col.verdict", "Oordeel"),
      Map.entry("col.proposal", "Voorstel (stap 14)"),
      Map.entry("col.decision", "Besluit SLM"),
      Map.entry("col.decisions", "Besluiten"),
      Map.entry("col.calculation", "Berekening"),
      Map.entry("col.date", "Datum"),
      Map.entry("col.about", "Betreft"),
      Map.entry("col.instance", "Instantie"),
      Map.entry("col.step", "Stap"),
      Map.entry("col.what", "Wat"),
      Map.entry("col.role", "Rol"),
      Map.entry("col.due", "Uiterlijk"),
      Map.entry("col.state", "Stand"),
      Map.entry("col.opened", "Geopend"),
      Map.entry("col.action", "Actie"),
      Map.entry("col.description", "Omschrijving"),
      Map.entry("col.since", "Sinds"),
      Map.entry("proposal.ja", "voldoende"),
      Map.entry("proposal.nee", "onvoldoende"),
      Map.entry("outcome.ja", "ja"),
      Map.entry("outcome.nee", "nee"),
      Map.entry("outcome.akkoord", "akkoord"),
      Map.entry("outcome.niet akkoord", "niet akkoord"),
      Map.entry("outcome.verlengen", "verlengen"),
      Map.entry("outcome.opnieuw aanbesteden", "opnieuw aanbesteden"),
      Map.entry("outcome.beëindigen", "beëindigen"),
      Map.entry("steer.extraMeeting", "extra overleg op %s over %s"),
      Map.entry("steer.sip", "verbeterplan (SIP): %s"),
      Map.entry("steer.sipAction", "%s, uiterlijk %s"),
      Map.entry("steer.slaChange", "SLA-wijziging: %s"),
      Map.entry("steer.escalation", "escalatie op niveau %d: %s"),
      Map.entry("steer.penalty", "boete (servicecredit)"),
      Map.entry("work.heading", "Openstaand werk"),
      Map.entry("work.none", "Er staat geen werk open."),
      Map.entry("work.intro", "%d open werkitem(s), waarvan %d te laat; te late bovenaan."),
      Map.entry("work.overdue", "te laat"),
      Map.entry("work.open", "open"),
      Map.entry("work.period", "periode %d"),
      Map.entry("review.heading", "Periodieke risicoreview"),
      Map.entry("review.none", "Er is nog geen risicoreview gestart."),
      Map.entry("review.title", "Review %s, gestart op %s (%s)"),
      Map.entry("review.ranking", "Rangorde (stap 1) en selectie (stap 2)"),
      Map.entry("review.score", "Score"),
      Map.entry("review.proposed", "Voorgesteld"),
      Map.entry("review.selected", "Geselecteerd"),
      Map.entry("review.reasons", "Redenen"),
      Map.entry("review.profiles", "Risicoprofielen"),
      Map.entry("review.profile", "Profiel"),
      Map.entry("review.profileFilled", "ingevuld (stap 3)"),
      Map.entry("review.profileFinal", "definitief (stap 13)"),
      Map.entry("review.inherent", "Bruto risico"),
      Map.entry("review.residual", "Netto risico"),
      Map.entry("review.level", "Niveau"),
      Map.entry("review.decisions", "Besluiten van het MT"),
      Map.entry("review.actions", "Mitigatieacties"),
      Map.entry("review.noActions", "Er zijn geen mitigatieacties."),
      Map.entry("level.LOW", "laag"),
      Map.entry("level.MEDIUM", "midden"),
      Map.entry("level.HIGH", "hoog"),
      Map.entry("level.CRITICAL", "kritiek"),
      Map.entry("mitigation.DECLARED", "vastgelegd, nog zonder termijn"),
      Map.entry("mitigation.AGREED", "loopt"),
      Map.entry("mitigation.JUDGED_DONE", "afgerond volgens de diensteigenaar; wacht op het MT"),
      Map.entry("mitigation.CLOSED", "afgesloten"),
      Map.entry("mitigation.overdue", "te laat"),
      Map.entry("mitigation.signalled", "te laat gemeld op %s"),
      Map.entry("renewal.heading", "Verlenging of einde contract (proces 8)"),
      Map.entry("renewal.none", "Er is nog geen proces 8 gestart."),
      Map.entry("renewal.decision", "Besluit"),
      Map.entry("renewal.by", "Door"),
      Map.entry("renewal.onBehalf", "%s namens %s"),
      Map.entry("renewal.started", "Gestart"),
      Map.entry("renewal.from", "Vanuit"),
      Map.entry("state.running", "loopt"),
      Map.entry("state.finished", "afgerond"),
      Map.entry("processes.intro", "De processen zoals Levman ze uitvoert, van boven naar beneden."),
      Map.entry("word.yes", "ja"),
      Map.entry("word.no", "nee"));

  private static final Map<String, String> EN = Map.ofEntries(
      Map.entry("chart.measured", "measured"),
      Map.entry("chart.target", "target"),
      Map.entry("chart.warning", "warning threshold"),
      Map.entry("chart.pointWarning", "within warning band"),
      Map.entry("chart.pointBreach", "breach"),
      Map.entry("chart.period", "period"),
      Map.entry("chart.higherIsBetter", "higher is better"),
      Map.entry("chart.lowerIsBetter", "lower is better"),
      Map.entry("chart.met", "met"),
      Map.entry("chart.stateWarning", "warning"),
      Map.entry("chart.stateBreach", "breach"),
      Map.entry("page.generatedBy", "Made with Levman. This page works without an internet connection."),
      Map.entry("page.contents", "Contents"),
      Map.entry("report.title", "Levman report"),
      Map.entry("report.summary", "Summary"),
      Map.entry("report.processes", "Processes"),
      Map.entry("report.kpis", "KPI trend per supplier"),
      Map.entry("report.supplier", "Supplier"),
      Map.entry("report.process", "Process"),
      Map.entry("report.instances", "Instances"),
      Map.entry("report.finished", "Finished"),
      Map.entry("report.steps", "Steps"),
      Map.entry("report.penalties", "Penalties"),
      Map.entry("report.amount", "Amount"),
      Map.entry("report.total", "Total"),
      Map.entry("report.demoSubtitle", "Demo with %d supplier(s) over %d year(s) · as of %s"),
      Map.entry("report.asOf", "As of %s. Amounts in euros; dates in the time zone %s."),
      Map.entry("report.running", "Running"),
      Map.entry("report.figure.suppliers", "suppliers with an SLA"),
      Map.entry("report.figure.open", "open work items"),
      Map.entry("report.figure.overdue", "of which overdue"),
      Map.entry("report.figure.credits", "service credits in total"),
      Map.entry("report.figure.breaches", "breaches"),
      Map.entry("report.figure.warnings", "warnings"),
      Map.entry("report.signals", "Signals"),
      Map.entry("report.count", "Number"),
      Map.entry("report.signal", "Signal"),
      Map.entry("signal.level", "level %s"),
      Map.entry("signal.slr-overdue", "SLR overdue"),
      Map.entry("signal.ad-hoc-meeting", "ad hoc meeting needed"),
      Map.entry("signal.chronic-failure", "chronic failure"),
      Map.entry("signal.escalation", "escalation"),
      Map.entry("signal.term-end", "end of term"),
      Map.entry("signal.mitigation-action-overdue", "mitigation action overdue"),
      Map.entry("signal.link-unregistered", "follow-on process not registered"),
      Map.entry("supplier.contract", "Contract"),
      Map.entry("supplier.service", "Service"),
      Map.entry("supplier.term", "Term"),
      Map.entry("supplier.fee", "Monthly fee"),
      Map.entry("supplier.state", "State"),
      Map.entry("supplier.renewal", "Renewal or end (process 8)"),
      Map.entry("supplier.credits", "Service credits in total"),
      Map.entry("supplier.kpis", "KPIs per period"),
      Map.entry("supplier.noSla", "SLA %s is not in the contract register, so the KPIs are not drawn."),
      Map.entry("supplier.noReports", "No SLR has been received yet."),
      Map.entry("supplier.deviations", "Breaches and warnings"),
      Map.entry("supplier.noDeviations", "Every KPI met its target in every period."),
      Map.entry("supplier.steering", "Steering (step 15)"),
      Map.entry("supplier.noSteering", "No steering was needed."),
      Map.entry("supplier.credit", "Service credits per period"),
      Map.entry("supplier.noCredits", "No service credits were decided."),
      Map.entry("supplier.traceNote", "The calculation is shown as Levman recorded it with the decision."),
      Map.entry("supplier.noSignals", "No signals were raised."),
      Map.entry("supplier.open", "Open work"),
      Map.entry("supplier.noOpen", "No work is open."),
      Map.entry("supplier.late", "Overdue: %s."),
      Map.entry("col.period", "Period"),
      Map.entry("col.kpi", "KPI"),
      Map.entry("col.measured", "Measured"),
      Map.entry("col.target", "Target"),
      Map.entry("col.warning", "Warning threshold"),
      Map.entry("col.verdict", "Verdict"),
      Map.entry("col.proposal", "Proposal (step 14)"),
      Map.entry("col.decision", "SLM's decision"),
      Map.entry("col.decisions", "Decisions"),
      Map.entry("col.calculation", "Calculation"),
      Map.entry("col.date", "Date"),
      Map.entry("col.about", "Concerns"),
      Map.entry("col.instance", "Instance"),
      Map.entry("col.step", "Step"),
      Map.entry("col.what", "What"),
      Map.entry("col.role", "Role"),
      Map.entry("col.due", "Due"),
      Map.entry("col.state", "State"),
      Map.entry("col.opened", "Opened"),
      Map.entry("col.action", "Action"),
      Map.entry("col.description", "Description"),
      Map.entry("col.since", "Since"),
      Map.entry("proposal.ja", "sufficient"),
      Map.entry("proposal.nee", "insufficient"),
      Map.entry("outcome.ja", "yes"),
      Map.entry("outcome.nee", "no"),
      Map.entry("outcome.akkoord", "approved"),
      Map.entry("outcome.niet akkoord", "not approved"),
      Map.entry("outcome.verlengen", "renew"),
      Map.entry("outcome.opnieuw aanbesteden", "tender anew"),
      Map.entry("outcome.beëindigen", "end"),
      Map.entry("steer.extraMeeting", "extra meeting on %s about %s"),
      Map.entry("steer.sip", "improvement plan (SIP): %s"),
      Map.entry("steer.sipAction", "%s, due %s"),
      Map.entry("steer.slaChange", "SLA change: %s"),
      Map.entry("steer.escalation", "escalation at level %d: %s"),
      Map.entry("steer.penalty", "penalty (service credit)"),
      Map.entry("work.heading", "Open work"),
      Map.entry("work.none", "No work is open."),
      Map.entry("work.intro", "%d open work item(s), %d of them overdue; overdue first."),
      Map.entry("work.overdue", "overdue"),
      Map.entry("work.open", "open"),
      Map.entry("work.period", "period %d"),
      Map.entry("review.heading", "Periodic risk review"),
      Map.entry("review.none", "No risk review has started yet."),
      Map.entry("review.title", "Review %s, started on %s (%s)"),
      Map.entry("review.ranking", "Ranking (step 1) and selection (step 2)"),
      Map.entry("review.score", "Score"),
      Map.entry("review.proposed", "Proposed"),
      Map.entry("review.selected", "Selected"),
      Map.entry("review.reasons", "Reasons"),
      Map.entry("review.profiles", "Risk profiles"),
      Map.entry("review.profile", "Profile"),
      Map.entry("review.profileFilled", "filled in (step 3)"),
      Map.entry("review.profileFinal", "final (step 13)"),
      Map.entry("review.inherent", "Inherent risk"),
      Map.entry("review.residual", "Residual risk"),
      Map.entry("review.level", "Level"),
      Map.entry("review.decisions", "Decisions of the MT"),
      Map.entry("review.actions", "Mitigation actions"),
      Map.entry("review.noActions", "There are no mitigation actions."),
      Map.entry("level.LOW", "low"),
      Map.entry("level.MEDIUM", "medium"),
      Map.entry("level.HIGH", "high"),
      Map.entry("level.CRITICAL", "critical"),
      Map.entry("mitigation.DECLARED", "declared, no due date yet"),
      Map.entry("mitigation.AGREED", "in progress"),
      Map.entry("mitigation.JUDGED_DONE", "done according to the service owner; awaiting the MT"),
      Map.entry("mitigation.CLOSED", "closed"),
      Map.entry("mitigation.overdue", "overdue"),
      Map.entry("mitigation.signalled", "reported overdue on %s"),
      Map.entry("renewal.heading", "Renewal or end of contract (process 8)"),
      Map.entry("renewal.none", "No process 8 has started yet."),
      Map.entry("renewal.decision", "Decision"),
      Map.entry("renewal.by", "By"),
      Map.entry("renewal.onBehalf", "%s on behalf of %s"),
      Map.entry("renewal.started", "Started"),
      Map.entry("renewal.from", "From"),
      Map.entry("state.running", "running"),
      Map.entry("state.finished", "finished"),
      Map.entry("processes.intro", "The processes as Levman runs them, from top to bottom."),
      Map.entry("word.yes", "yes"),
      Map.entry("word.no", "no"));

  private static final Labels DUTCH = new Labels(Language.NL, NL);
  private static final Labels ENGLISH = new Labels(Language.EN, EN);

  private final Language language;
  private final Map<String, String> words;

  private Labels(Language language, Map<String, String> words) {
    this.language = language;
    this.words = words;
  }

  /** The words in this language. */
  public static Labels of(Language language) {
    return language == Language.EN ? ENGLISH : DUTCH;
  }

  /** The default: Dutch, the handbook's language. */
  public static Labels dutch() {
    return DUTCH;
  }

  public static Labels english() {
    return ENGLISH;
  }

  public Language language() {
    return language;
  }

  /** The value of the HTML {@code lang} attribute: "nl" or "en". */
  public String lang() {
    return language == Language.EN ? "en" : "nl";
  }

  /** The locale numbers and amounts are written in: nl-NL, or en-IE (English with the euro). */
  public Locale locale() {
    return Locale.forLanguageTag(language == Language.EN ? "en-IE" : "nl-NL");
  }

  /** The word for this key; an {@link IllegalArgumentException} naming the key if there is none. */
  public String get(String key) {
    String word = words.get(key);
    if (word == null) {
      throw new IllegalArgumentException("no label '" + key + "' in " + lang());
    }
    return word;
  }

  /** Whether there is a word for this key, such as a signal's or an outcome's. */
  public boolean has(String key) {
    return words.containsKey(key);
  }

  /** The word for this key, or the fallback when there is none. */
  public String getOrDefault(String key, String fallback) {
    return words.getOrDefault(key, fallback);
  }

  /** Every key, sorted. */
  public Set<String> keys() {
    return new TreeSet<>(words.keySet());
  }

  @Override
  public String toString() {
    return "Labels[" + lang() + "]";
  }
}
