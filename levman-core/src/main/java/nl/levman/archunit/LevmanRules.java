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
      "nl.levman.behaviour..", "nl.levman.importer..",
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

  /**
   * The same promise seen from the integrator's side: set up as documented, an integrator's test
   * imports only its own packages, so a class it placed in a {@code nl.levman} package is found
   * where its own code uses it (ArchUnit resolves the used class from the classpath, with where it
   * was loaded from).
   */
  @ArchTest
  public static final ArchRule EXTENSIONS_USE_NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE =
      noClasses().that().resideOutsideOfPackage("nl.levman..")
          .should().dependOnClassesThat(areInALevmanPackageButNotFromALevmanArtifact())
          .because("a class placed in a nl.levman package by other code can reach package-private"
              + " internals and breaks when Levman changes; use your own package")
          .allowEmptyShould(true);

  /** Classes in a {@code nl.levman} package that were not loaded from a Levman artifact. */
  static DescribedPredicate<JavaClass> areInALevmanPackageButNotFromALevmanArtifact() {
    return DescribedPredicate.describe(
        "are in a nl.levman package but do not come from a Levman artifact",
        c -> (c.getPackageName().equals("nl.levman") || c.getPackageName().startsWith("nl.levman."))
            && !isFromALevmanArtifact(c));
  }

  private static boolean isFromALevmanArtifact(JavaClass c) {
    String location = c.getSource().map(s -> s.getUri().toString()).orElse("");
    return LEVMAN_JAR.matcher(location).find() || LEVMAN_CLASSES.matcher(location).find();
  }

  /** A Levman module's jar, by its exact Maven file name. */
  private static final java.util.regex.Pattern LEVMAN_JAR = java.util.regex.Pattern.compile(
      "/levman-(core|adapters-jdbc|adapters-fs|examples)-[0-9][^/]*\\.jar!/");
  /** A Levman module's own build output, when Levman itself is built. */
  private static final java.util.regex.Pattern LEVMAN_CLASSES = java.util.regex.Pattern.compile(
      "/levman-(core|adapters-jdbc|adapters-fs|examples)/target/classes/");

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
        if (!isFromALevmanArtifact(c)) {
          events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c,
              "Class <" + c.getName() + "> is in a nl.levman package but comes from " + location));
        }
      }
    };
  }
}
