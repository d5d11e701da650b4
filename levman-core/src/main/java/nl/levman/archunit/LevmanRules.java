package nl.levman.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules integrators run on their own extensions (processes of their own, adapters,
 * publishers). With {@code archunit-junit5} as a test dependency, one line does it:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.contracts")
 * class LevmanConformanceTest {
 *   @ArchTest static final ArchTests LEVMAN = ArchTests.in(LevmanRules.class);
 * }
 * }</pre>
 *
 * ArchUnit (and its JUnit 5 annotations) are optional dependencies of levman-core: only code that
 * runs these rules needs them.
 */
public final class LevmanRules {
  private LevmanRules() {}

  /** Levman's published packages: what extensions may build on. */
  public static final String[] PUBLISHED = {"nl.levman", "nl.levman.api..", "nl.levman.spi..",
      "nl.levman.model..", "nl.levman.domain..", "nl.levman.handbook..", "nl.levman.render..",
      "nl.levman.memory..", "nl.levman.json..", "nl.levman.jdbc..", "nl.levman.fs..", "nl.levman.archunit.."};

  /** Levman's internals: they change without notice. */
  public static final String[] INTERNAL = {"nl.levman.engine..", "nl.levman.style.."};

  @ArchTest
  public static final ArchRule EXTENSIONS_USE_ONLY_PUBLISHED_PACKAGES =
      noClasses().that().resideOutsideOfPackage("nl.levman..")
          .should().dependOnClassesThat().resideInAnyPackage(INTERNAL)
          .because("the engine and the style annotations are Levman's internals: an extension built on"
              + " them breaks with the next release; use nl.levman.api, spi, model and domain")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule ADAPTERS_DO_NOT_REACH_INTO_THE_ENGINE =
      noClasses().that(implementALevmanPort())
          .should().dependOnClassesThat().resideInAPackage("nl.levman.engine..")
          .because("an adapter implements a port and must work with any engine: it sees only what the"
              + " port's contract gives it, never the engine that calls it")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE =
      classes().that().resideInAPackage("nl.levman..")
          .should(comeFromALevmanArtifact())
          .because("a class placed in a nl.levman package by other code can reach package-private"
              + " internals and breaks when Levman changes; use your own package")
          .allowEmptyShould(true);

  /** Classes that implement one of the ports in {@code nl.levman.spi}. */
  static DescribedPredicate<JavaClass> implementALevmanPort() {
    return DescribedPredicate.describe("implement a port of nl.levman.spi", c -> !c.isInterface()
        && c.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().equals("nl.levman.spi")));
  }

  /**
   * Where a class was loaded from: a Levman module's classes or jar ({@code levman-core},
   * {@code levman-adapters-…}), not test classes and not another project's output.
   */
  static com.tngtech.archunit.lang.ArchCondition<JavaClass> comeFromALevmanArtifact() {
    return new com.tngtech.archunit.lang.ArchCondition<>("come from a Levman artifact") {
      @Override
      public void check(JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
        String location = c.getSource().map(s -> s.getUri().toString()).orElse("");
        boolean levman = location.matches(".*/levman-(core|adapters-jdbc|adapters-fs|examples)([-/][^/]*)?/.*")
            && !location.contains("/test-classes/");
        if (!levman) {
          events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c,
              "Class <" + c.getName() + "> is in a nl.levman package but comes from " + location));
        }
      }
    };
  }
}
