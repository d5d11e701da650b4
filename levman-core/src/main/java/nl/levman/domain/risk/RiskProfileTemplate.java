package nl.levman.domain.risk;

import java.util.List;
import java.util.Optional;

/**
 * The template 'Leverancier Risicoprofiel' as data: the criteria a profile scores. An organisation
 * replaces it with its own; {@link #standard()} is a default from common practice.
 */
public record RiskProfileTemplate(String name, int version, List<Criterion> criteria) {
  public RiskProfileTemplate {
    criteria = List.copyOf(criteria);
  }

  /** A criterion to score: its id, area, and the question in Dutch and English. */
  public record Criterion(String id, Area area, String questionNl, String questionEn) {}

  public Optional<Criterion> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public static RiskProfileTemplate standard() {
    return new RiskProfileTemplate("Leverancier Risicoprofiel", 1, List.of(
        new Criterion("performance-trend", Area.CONTINUITY,
            "Hoe ontwikkelen de prestaties zich volgens de SLRs?", "How does performance develop according to the SLRs?"),
        new Criterion("financial-viability", Area.CONTINUITY,
            "Is de leverancier financieel gezond?", "Is the supplier financially sound?"),
        new Criterion("key-persons", Area.CONTINUITY,
            "Hangt de dienst af van enkele sleutelpersonen of beperkte capaciteit?", "Does the service depend on few key persons or scarce capacity?"),
        new Criterion("continuity-plans", Area.CONTINUITY,
            "Zijn er aantoonbare continuïteits- en uitwijkplannen?", "Are there demonstrable continuity and recovery plans?"),
        new Criterion("contract-end", Area.CONTINUITY,
            "Is er risico rond einde of verlenging van het contract?", "Is there risk around the end or renewal of the contract?"),
        new Criterion("certification", Area.INFORMATION_SECURITY,
            "Zijn certificeringen en assurance (ISO 27001, ISAE 3402) actueel en passend?", "Are certifications and assurance current and in scope?"),
        new Criterion("incidents", Area.INFORMATION_SECURITY,
            "Hoe is de historie van beveiligingsincidenten en kwetsbaarheden?", "What is the history of security incidents and vulnerabilities?"),
        new Criterion("data-location", Area.INFORMATION_SECURITY,
            "Waar worden gegevens verwerkt, en is er een verwerkersovereenkomst?", "Where is data processed, and is there a processing agreement?"),
        new Criterion("access", Area.INFORMATION_SECURITY,
            "Welke toegang heeft de leverancier tot onze systemen?", "What access does the supplier have to our systems?"),
        new Criterion("subprocessors", Area.INFORMATION_SECURITY,
            "Hoe beheerst de leverancier zijn onderaannemers?", "How does the supplier control its sub-processors?")));
  }
}
