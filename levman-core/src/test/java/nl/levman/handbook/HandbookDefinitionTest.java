package nl.levman.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.Target;
import nl.levman.model.WayOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both handbook processes, step by step against the specification (PROCESSES.md and the originals). */
class HandbookDefinitionTest {
  static final ProcessDefinition SLM = ServiceLevelManagement.definition();
  static final ProcessDefinition RISK = SupplierRiskReview.definition();

  /** step, role, outcomes (name→to, "" for none), needs, archive place. */
  static Stream<Arguments> slmSteps() {
    return Stream.of(
        Arguments.of(1, "SLM", Map.of(), List.of(), null),
        Arguments.of(2, "SLM", Map.of(), List.of(), null),
        Arguments.of(3, "SLM", Map.of(), List.of(), null),
        Arguments.of(4, "SLM", Map.of(), List.of(), null),
        Arguments.of(5, "LEV", Map.of("akkoord", 6, "niet akkoord", 4), List.of(), null),
        Arguments.of(6, "SLM", Map.of(), List.of("handleiding"), "contractregister"),
        Arguments.of(7, "SLM", Map.of(), List.of(), null),
        Arguments.of(8, "LEV", Map.of(), List.of(), null),
        Arguments.of(9, "SLM", Map.of("akkoord", 10, "niet akkoord", 7), List.of(), null),
        Arguments.of(10, "DE", Map.of("akkoord", 11, "niet akkoord", 7), List.of(), null),
        Arguments.of(11, "SLM", Map.of(), List.of(), null),
        Arguments.of(12, "LEV", Map.of(), List.of(), null),
        Arguments.of(13, "SLM", Map.of(), List.of(), null),
        Arguments.of(14, "SLM", Map.of("ja", 16, "nee", 15), List.of(), null),
        Arguments.of(15, "SLM", Map.of(), List.of(), null),
        Arguments.of(16, "SLM", Map.of(), List.of("handleiding"), "sharepoint-levman"),
        Arguments.of(17, "SLM", Map.of(), List.of("mandaatlijst", "handleiding"), null),
        Arguments.of(18, "SLM", Map.of(), List.of(), null));
  }

  static Stream<Arguments> riskSteps() {
    return Stream.of(
        Arguments.of(1, "CCM", Map.of(), List.of("jaarkalender"), null),
        Arguments.of(2, "CCM", Map.of(), List.of(), null),
        Arguments.of(3, "CM", Map.of(), List.of("risicoprofiel-template"), null),
        Arguments.of(4, "CCM", Map.of(), List.of(), null),
        Arguments.of(5, "MT", Map.of(), List.of(), null),
        Arguments.of(6, "MT", Map.of("ja", 7, "nee", 13), List.of(), null),
        Arguments.of(7, "CM", Map.of(), List.of(), null),
        Arguments.of(8, "CM", Map.of(), List.of(), null),
        Arguments.of(9, "DE", Map.of("ja", 10, "nee", 7), List.of(), null),
        Arguments.of(10, "CM", Map.of(), List.of(), null),
        Arguments.of(11, "MT", Map.of("ja", 12, "nee", 7), List.of(), null),
        Arguments.of(12, "CM", Map.of(), List.of(), null),
        Arguments.of(13, "CM", Map.of(), List.of(), "sharepoint-levman"),
        Arguments.of(14, null, Map.of(), List.of(), null));
  }

  @ParameterizedTest(name = "SLM step {0}")
  @MethodSource("slmSteps")
  void serviceLevelManagementStepMatchesTheSpecification(int number, String role,
      Map<String, Integer> outcomes, List<String> needs, String place) throws IOException {
    assertStep(SLM.step(number), role, outcomes, needs, place, "service-level-management.nl.txt");
  }

  @ParameterizedTest(name = "risk review step {0}")
  @MethodSource("riskSteps")
  void riskReviewStepMatchesTheSpecification(int number, String role,
      Map<String, Integer> outcomes, List<String> needs, String place) throws IOException {
    assertStep(RISK.step(number), role, outcomes, needs, place, "supplier-risk-review.nl.txt");
  }

  private static void assertStep(Step step, String role, Map<String, Integer> outcomes,
      List<String> needs, String place, String original) throws IOException {
    assertThat(step.role().map(r -> r.code()).orElse(null)).isEqualTo(role);
    Map<String, Integer> actual = new java.util.LinkedHashMap<>();
    if (step.wayOn() instanceof WayOn.Gate gate) {
      for (Outcome o : gate.outcomes()) {
        actual.put(o.name(), ((Target.ToStep) o.to()).number());
      }
    }
    assertThat(actual).isEqualTo(outcomes);
    assertThat(step.needs()).extracting(d -> d.code()).containsExactlyElementsOf(needs);
    assertThat(step.archivesTo().map(p -> p.code()).orElse(null)).isEqualTo(place);
    assertThat(normalise(original(original))).contains(normalise(step.labelNl()));
    assertThat(step.labelEn()).isNotBlank();
  }

  /** Whitespace folded, the export's arrows ("à", the lost glyph) and bookmarks removed. */
  static String normalise(String text) {
    return text.replace("[bookmark: _Hlk146537188]", "").replace("→", " ").replace(" à ", " ")
        .replaceAll("\\s+", " ").trim();
  }

  static String original(String name) throws IOException {
    try (InputStream in = HandbookDefinitionTest.class.getResourceAsStream("/spec/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void serviceLevelManagementHasTheWaysOnOfTheSpecification() {
    assertThat(SLM.step(1).wayOn()).isEqualTo(WayOn.split(List.of(2, 3), WayOn.condition("dap-wanted", 4, 7)));
    assertThat(SLM.step(2).wayOn()).isEqualTo(WayOn.join());
    assertThat(SLM.step(3).wayOn()).isEqualTo(WayOn.join());
    assertThat(SLM.step(11).wayOn()).isEqualTo(WayOn.cycle(List.of(12, 13, 14, 15, 16), 18)
        .overdueSignal(ServiceLevelManagement.SLR_OVERDUE));
    assertThat(SLM.step(15).wayOn()).isEqualTo(WayOn.next(12));
    assertThat(SLM.step(16).wayOn()).isEqualTo(WayOn.next(12));
    assertThat(SLM.step(17).raisable()).isTrue();
    assertThat(SLM.step(10).delegable()).isTrue();
    assertThat(SLM.step(18).wayOn()).isEqualTo(WayOn.link("verlenging-einde-contract", Target.end()));
    assertThat(SLM.startStep().number()).isEqualTo(1);
  }

  @Test
  void riskReviewFansOutPerSupplierAndPerMitigationAction() {
    assertThat(RISK.step(2).wayOn()).isEqualTo(WayOn.forEach("supplier", List.of(3), 4));
    assertThat(RISK.step(5).wayOn())
        .isEqualTo(WayOn.forEach("supplier", List.of(6, 7, 8, 9, 10, 11, 12, 13), 14));
    assertThat(RISK.step(8).wayOn()).isEqualTo(WayOn.forEach("mitigation-action", List.of(9), 10)
        .overdueSignal(SupplierRiskReview.MITIGATION_ACTION_OVERDUE));
    assertThat(RISK.routes().fanOutsAround(9)).containsExactly(5, 8);
    assertThat(RISK.step(14).isManual()).isFalse();
    assertThat(RISK.step(14).wayOn()).isEqualTo(WayOn.end());
  }

  @Test
  void definesEveryRowOfBothStepTables() {
    assertThat(SLM.steps()).extracting(Step::number).containsExactly(
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
    assertThat(RISK.steps()).extracting(Step::number).containsExactly(
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
  }
}
