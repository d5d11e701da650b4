package nl.levman.handbook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.levman.api.Rejections;
import nl.levman.api.StepPolicy;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.HandboekPolicy;
import nl.levman.domain.risk.Ranked;
import nl.levman.domain.risk.RiskProfile;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.model.LevmanException;
import nl.levman.model.Rejection;
import nl.levman.spi.Attendee;
import nl.levman.spi.MeetingKind;
import nl.levman.spi.MeetingRequest;

/**
 * The Levman domain at the steps of the periodic risk review: when the coordinating CM has opened
 * the review (step 1) the Handboek's ranking is computed and shown for the selection of step 2; at
 * step 3 the risk profile must be a filled template ({@code risicoprofiel} document) and its score
 * and level are recorded; at step 4 the MT review meeting is planned.
 *
 * <p>Facts: {@code ranking} (supplier:score:proposed;…), {@code ranking.<supplier>} (reasons),
 * {@code profile.<supplier>} (residual score and level).
 */
public final class SupplierRiskPolicy implements StepPolicy {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private final HandboekPolicy handboek;
  private final Function<LocalDate, List<Candidate>> candidates;
  private final RiskProfileTemplate template;

  public SupplierRiskPolicy(HandboekPolicy handboek, Function<LocalDate, List<Candidate>> candidates,
      RiskProfileTemplate template) {
    this.handboek = handboek;
    this.candidates = candidates;
    this.template = template;
  }

  @Override
  public String processKey() {
    return Handbook.SUPPLIER_RISK_REVIEW;
  }

  @Override
  public Optional<Rejection> check(Completion c) {
    if (c.step() != 3) {
      return Optional.empty();
    }
    Optional<String> text = profile(c);
    if (text.isEmpty()) {
      return Optional.of(new Rejections.DocumentMissing(3, "risicoprofiel", "Leverancier Risicoprofiel"));
    }
    try {
      RiskProfile p = RiskProfile.fromJson(text.get());
      String supplier = c.subjects().get(Handbook.SUPPLIER);
      if (!p.supplier().equals(supplier)) {
        return Optional.of(new Rejections.InvalidInput(3, "the profile is of " + p.supplier() + ", this step is for " + supplier));
      }
      return p.problemAgainst(template).map(problem -> new Rejections.InvalidInput(3, problem));
    } catch (LevmanException e) {
      return Optional.of(new Rejections.InvalidInput(3, e.getMessage()));
    }
  }

  @Override
  public Effects effects(Completion c) {
    LocalDate today = LocalDate.ofInstant(c.at(), ZONE);
    switch (c.step()) {
      case 1: {
        Map<String, String> facts = new LinkedHashMap<>();
        StringBuilder ranking = new StringBuilder();
        for (Ranked r : handboek.rank(candidates.apply(today), today)) {
          ranking.append(ranking.length() == 0 ? "" : ";").append(r.supplier()).append(':')
              .append(r.score().toPlainString()).append(':').append(r.proposed() ? "proposed" : "-");
          facts.put("ranking." + r.supplier(), String.join("; ", r.reasons()));
        }
        facts.put("ranking", ranking.toString());
        return Effects.facts(facts);
      }
      case 3: {
        RiskProfile p = RiskProfile.fromJson(profile(c).orElseThrow());
        return Effects.facts(Map.of("profile." + p.supplier(),
            p.residualScore() + " " + p.level() + " (inherent " + p.inherentScore() + ")"));
      }
      case 4: {
        Attendee ccm = new Attendee(c.command().by().value(), c.command().by().value() + "@levman.example", true);
        MeetingRequest mt = new MeetingRequest(MeetingKind.MT_REVIEW, "Review leveranciersrisico's met het MT",
            today.plusDays(14).atTime(9, 0).atZone(ZONE), Duration.ofHours(2), ccm,
            List.of(new Attendee("MT", "mt@levman.example", true)), Optional.empty(), Optional.empty(),
            "levman", c.context().attributes().getOrDefault("review", "review"), Optional.empty());
        return new Effects(Map.of(), List.of(), Map.of(), List.of(mt));
      }
      default:
        return Effects.NONE;
    }
  }

  private static Optional<String> profile(Completion c) {
    return c.command().documents().stream().filter(d -> d.type().equals("risicoprofiel")).reduce((a, b) -> b)
        .map(d -> new String(d.content(), StandardCharsets.UTF_8));
  }
}
