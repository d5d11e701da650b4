package nl.levman.domain.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.levman.model.LevmanException;

/**
 * A filled Leverancier Risicoprofiel: per criterion of the template a likelihood and impact on 1–5,
 * before (inherent) and after (residual) the mitigations, with a rationale; and the proposed
 * mitigations. The overall score is the worst criterion's.
 */
public record RiskProfile(String supplier, String review, List<Score> scores, List<String> proposedMitigations) {

  public RiskProfile {
    Objects.requireNonNull(supplier, "supplier");
    scores = List.copyOf(scores);
    proposedMitigations = List.copyOf(proposedMitigations);
  }

  /** One criterion scored: inherent likelihood × impact, residual likelihood × impact, and why. */
  public record Score(String criterion, int likelihood, int impact, int residualLikelihood,
      int residualImpact, String rationale) {
    public Score {
      for (int v : new int[] {likelihood, impact, residualLikelihood, residualImpact}) {
        if (v < 1 || v > 5) {
          throw new LevmanException("criterion " + criterion + ": scores are 1 to 5, not " + v);
        }
      }
      if (rationale == null || rationale.isBlank()) {
        throw new LevmanException("criterion " + criterion + ": a score needs a rationale");
      }
    }

    public int inherent() {
      return likelihood * impact;
    }

    public int residual() {
      return residualLikelihood * residualImpact;
    }
  }

  /** Checks the profile against its template: every criterion scored once, nothing else. */
  public Optional<String> problemAgainst(RiskProfileTemplate template) {
    for (RiskProfileTemplate.Criterion c : template.criteria()) {
      long n = scores.stream().filter(s -> s.criterion().equals(c.id())).count();
      if (n != 1) {
        return Optional.of("criterion '" + c.id() + "' is scored " + n + " times; it must be scored once");
      }
    }
    return scores.stream().filter(s -> template.criterion(s.criterion()).isEmpty())
        .map(s -> "criterion '" + s.criterion() + "' is not in template " + template.name() + " v" + template.version())
        .findFirst();
  }

  public int inherentScore() {
    return scores.stream().mapToInt(Score::inherent).max().orElse(0);
  }

  public int residualScore() {
    return scores.stream().mapToInt(Score::residual).max().orElse(0);
  }

  public RiskLevel level() {
    return RiskLevel.of(residualScore());
  }

  public String toJson() {
    java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("supplier", supplier);
    json.put("review", review);
    List<Object> list = new java.util.ArrayList<>();
    for (Score s : scores) {
      java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("criterion", s.criterion());
      m.put("likelihood", s.likelihood());
      m.put("impact", s.impact());
      m.put("residualLikelihood", s.residualLikelihood());
      m.put("residualImpact", s.residualImpact());
      m.put("rationale", s.rationale());
      list.add(m);
    }
    json.put("scores", list);
    json.put("mitigations", proposedMitigations);
    return nl.levman.json.Json.write(json);
  }

  /** Reads a profile from JSON; a malformed one is a {@link LevmanException} naming the field. */
  public static RiskProfile fromJson(String text) {
    nl.levman.json.JsonFields json = nl.levman.json.JsonFields.parse(text);
    List<Score> scores = new java.util.ArrayList<>();
    for (nl.levman.json.JsonFields m : json.objects("scores")) {
      scores.add(new Score(m.text("criterion"), m.whole("likelihood", 0, 100), m.whole("impact", 0, 100),
          m.whole("residualLikelihood", 0, 100), m.whole("residualImpact", 0, 100), m.text("rationale")));
    }
    return new RiskProfile(json.text("supplier"), json.text("review"), scores, json.texts("mitigations"));
  }

  /** The criterion that weighs most after mitigation. */
  public Optional<Score> worst() {
    return scores.stream().max(Comparator.comparingInt(Score::residual).thenComparing(Score::criterion));
  }
}
