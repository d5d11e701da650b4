package nl.levman.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules integrators run, against fixture packages of deliberate violations and a clean one. */
class LevmanRulesTest {
  static JavaClasses classes(String... packages) {
    return new ClassFileImporter().importPackages(packages);
  }

  static List<String> violations(ArchRule rule, JavaClasses classes) {
    return rule.allowEmptyShould(true).evaluate(classes).getFailureReport().getDetails();
  }

  @Test
  void anExtensionUsingTheEngineBreaksTheFirstRuleOnEachUse() {
    List<String> found = violations(LevmanRules.EXTENSIONS_USE_ONLY_PUBLISHED_PACKAGES,
        classes("com.example.violations.engineuser"));
    assertThat(found).isNotEmpty().allSatisfy(v -> assertThat(v)
        .contains("com.example.violations.engineuser.EngineUser").contains("nl.levman.engine."));
    assertThat(found).anySatisfy(v -> assertThat(v).contains("calls method <nl.levman.engine.Engines.create("));
    assertThat(found).anySatisfy(v -> assertThat(v).contains("has parameter of type <nl.levman.engine.EngineParts>"));
  }

  @Test
  void anAdapterReachingIntoTheEngineBreaksTheAdapterRule() {
    List<String> found = violations(LevmanRules.ADAPTERS_DO_NOT_REACH_INTO_THE_ENGINE,
        classes("com.example.violations.adapter"));
    assertThat(found).containsExactly("Method <com.example.violations.adapter.PeekingPublisher.publish("
        + "nl.levman.spi.Notification)> references class object <nl.levman.engine.Engines> in (PeekingPublisher.java:11)");
  }

  @Test
  void aClassPlacedInALevmanPackageByOtherCodeIsFound() {
    List<String> found = violations(LevmanRules.NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE, classes("nl.levman.intruder"));
    assertThat(found).singleElement().satisfies(v -> assertThat(v)
        .startsWith("Class <nl.levman.intruder.Intruder> is in a nl.levman package but comes from")
        .contains("/test-classes/"));
  }

  @Test
  void levmansOwnClassesComeFromALevmanArtifact() {
    JavaClasses main = new ClassFileImporter()
        .withImportOption(new com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests())
        .importPackages("nl.levman.model", "nl.levman.engine");
    assertThat(main).isNotEmpty();
    assertThat(violations(LevmanRules.NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE, main)).isEmpty();
  }

  @Test
  void aCleanExtensionPassesEveryRule() {
    JavaClasses clean = classes("com.example.violations.clean");
    for (ArchRule rule : List.of(LevmanRules.EXTENSIONS_USE_ONLY_PUBLISHED_PACKAGES,
        LevmanRules.ADAPTERS_DO_NOT_REACH_INTO_THE_ENGINE, LevmanRules.NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE)) {
      assertThat(violations(rule, clean)).as(rule.getDescription()).isEmpty();
    }
  }

  @Test
  void everyRuleSaysWhy() {
    for (ArchRule rule : List.of(LevmanRules.EXTENSIONS_USE_ONLY_PUBLISHED_PACKAGES,
        LevmanRules.ADAPTERS_DO_NOT_REACH_INTO_THE_ENGINE, LevmanRules.NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE)) {
      assertThat(rule.getDescription()).contains(", because ");
    }
  }
}
