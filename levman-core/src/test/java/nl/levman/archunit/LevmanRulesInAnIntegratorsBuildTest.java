package nl.levman.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.levman.acme.AcmeLevmanSupport;
import org.example.acme.AcmeConformance;
import org.example.acme.AcmeRenewalOfContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule "no outside class in a nl.levman package" where it has to work: in an integrator's
 * build, set up as documented ({@link AcmeConformance}: {@code @AnalyzeClasses(packages =
 * "org.example.acme")} with {@code ArchTests.in(LevmanRules.class)}), with a class the integrator
 * placed in {@code nl.levman.acme} ({@link AcmeLevmanSupport}) and uses from its extension ({@link
 * AcmeRenewalOfContract}).
 *
 * <p>Finding: set up as documented, the rule cannot see that class. The import holds only {@code
 * org.example.acme}, so the rule's {@code that()} selects no class at all, and {@code
 * allowEmptyShould(true)} lets it pass without having checked anything. The tests below pin that
 * gap and show two ways out: importing {@code nl.levman} beside the integrator's packages (a change
 * to the documented usage), or a rule on the integrator's dependencies (a change to the rule).
 */
class LevmanRulesInAnIntegratorsBuildTest {

  /** What the ArchUnit JUnit 5 engine imports for a class annotated like {@link AcmeConformance}. */
  static JavaClasses importedFor(Class<?> conformanceTest) {
    AnalyzeClasses analyze = conformanceTest.getAnnotation(AnalyzeClasses.class);
    assertThat(analyze.packagesOf()).isEmpty();
    assertThat(analyze.locations()).isEmpty();
    assertThat(analyze.importOptions()).isEmpty();
    return new ClassFileImporter().importPackages(analyze.packages());
  }

  static List<String> violations(ArchRule rule, JavaClasses classes) {
    return rule.evaluate(classes).getFailureReport().getDetails();
  }

  /**
   * Set up as documented, the import holds only the integrator's packages, so the class it placed
   * in {@code nl.levman.acme} is not imported; the rule on the integrator's dependencies finds it
   * where the extension uses it.
   */
  @Test
  void setUpAsDocumentedTheClassTheIntegratorPlacedInALevmanPackageIsFound() {
    JavaClasses classes = importedFor(AcmeConformance.class);
    assertThat(classes.contain(AcmeRenewalOfContract.class)).isTrue();
    assertThat(classes.contain(AcmeLevmanSupport.class)).as("not imported").isFalse();
    assertThat(violations(LevmanRules.EXTENSIONS_USE_NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE, classes))
        .singleElement().asString()
        .startsWith("Method <org.example.acme.AcmeRenewalOfContract.definition()> calls method"
            + " <nl.levman.acme.AcmeLevmanSupport.contractManager()>");
    assertThat(violations(LevmanRules.EXTENSIONS_USE_ONLY_PUBLISHED_PACKAGES, classes)).isEmpty();
  }

  /**
   * Way out 1, a change to the documented usage: {@code @AnalyzeClasses(packages =
   * {"org.example.acme", "nl.levman"})}. On the integrator's classpath {@code nl.levman} is Levman's
   * jars plus whatever the integrator put there; here the integrator's build output is a folder of
   * its own, made from the fixture's class files.
   */
  @Test
  void importingNlLevmanBesideTheIntegratorsPackagesFindsExactlyThatClass(@TempDir Path tmp) {
    Path acme = integratorsBuild(tmp.resolve("acme-contracts/target/classes"), true);
    JavaClasses classes = integratorsClasspath(acme, "org.example.acme", "nl.levman");
    assertThat(classes.contain(AcmeLevmanSupport.class)).isTrue();
    assertThat(classes.contain(nl.levman.Levman.class)).as("and Levman's own classes").isTrue();

    assertThat(violations(LevmanRules.NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE, classes))
        .singleElement().asString()
        .startsWith("Class <nl.levman.acme.AcmeLevmanSupport> is in a nl.levman package but comes from ")
        .contains("/acme-contracts/target/classes/nl/levman/acme/AcmeLevmanSupport.class");
    assertThat(violations(LevmanRules.EXTENSIONS_USE_ONLY_PUBLISHED_PACKAGES, classes))
        .as("Levman's own classes do not trip the other rules").isEmpty();
    assertThat(violations(LevmanRules.ADAPTERS_DO_NOT_REACH_INTO_THE_ENGINE, classes)).isEmpty();
  }

  /**
   * Way out 2, a change to the rule: judge the classes the integrator's code depends on (ArchUnit
   * resolves them from the classpath, with where they were loaded from), so the documented import
   * is enough. It finds only classes the integrator's packages use.
   */
  @Test
  void aRuleOnTheIntegratorsDependenciesFindsThatClassSetUpAsDocumented() {
    JavaClasses classes = importedFor(AcmeConformance.class);
    ArchRule useNoOutsideClassInALevmanPackage = noClasses().that().resideOutsideOfPackage("nl.levman..")
        .should().dependOnClassesThat(areInALevmanPackageButNotFromALevmanArtifact())
        .because("a class placed in a nl.levman package by other code can reach package-private"
            + " internals and breaks when Levman changes; use your own package");

    List<String> found = violations(useNoOutsideClassInALevmanPackage, classes);
    assertThat(found).singleElement().asString()
        .startsWith("Method <org.example.acme.AcmeRenewalOfContract.definition()> calls method"
            + " <nl.levman.acme.AcmeLevmanSupport.contractManager()>");
    Set<String> targets = new HashSet<>();
    for (JavaClass c : classes) {
      c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
          .filter(areInALevmanPackageButNotFromALevmanArtifact())
          .forEach(t -> targets.add(t.getName()));
    }
    assertThat(targets).containsExactly(AcmeLevmanSupport.class.getName());
  }

  /**
   * A Levman artifact is a Levman module's jar by its exact name, or the module's own build output:
   * an integrator's module named like one ({@code levman-core-extras}) is not taken for Levman.
   */
  @Test
  void anIntegratorsModuleNamedLikeALevmanModuleIsNotTakenForLevman(@TempDir Path tmp) {
    Path extras = integratorsBuild(tmp.resolve("levman-core-extras/target/classes"), true);
    JavaClasses classes = new ClassFileImporter().importPath(extras);
    assertThat(classes.contain(AcmeLevmanSupport.class)).isTrue();
    assertThat(violations(LevmanRules.NO_OUTSIDE_CLASS_IN_A_LEVMAN_PACKAGE, classes))
        .singleElement().asString().startsWith("Class <nl.levman.acme.AcmeLevmanSupport> is in a nl.levman package");
  }

  /** Whether a class is in a nl.levman package without coming from a Levman artifact. */
  static DescribedPredicate<JavaClass> areInALevmanPackageButNotFromALevmanArtifact() {
    return DescribedPredicate.describe("are in a nl.levman package but do not come from a Levman artifact",
        c -> {
          if (!c.getPackageName().equals("nl.levman") && !c.getPackageName().startsWith("nl.levman.")) {
            return false;
          }
          ConditionEvents events = ConditionEvents.Factory.create();
          LevmanRules.comeFromALevmanArtifact().check(c, events);
          return events.containViolation();
        });
  }

  /**
   * An integrator's build output, as its own folder: the class files of the {@code org.example.acme}
   * fixture and, if asked, of the class it placed in {@code nl.levman.acme}.
   */
  static Path integratorsBuild(Path output, boolean withIntruder) {
    Path testClasses = codeSourceOf(AcmeRenewalOfContract.class);
    List<String> packages = new ArrayList<>(List.of("org/example/acme"));
    if (withIntruder) {
      packages.add("nl/levman/acme");
    }
    try {
      for (String p : packages) {
        try (Stream<Path> files = Files.list(testClasses.resolve(p))) {
          for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
            Path copy = output.resolve(p).resolve(f.getFileName().toString());
            Files.createDirectories(copy.getParent());
            Files.copy(f, copy);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return output;
  }

  /**
   * What {@code @AnalyzeClasses(packages = ...)} imports on the integrator's classpath: its own
   * build output and Levman's classes, but not Levman's own tests (which are on this module's test
   * classpath only).
   */
  static JavaClasses integratorsClasspath(Path integratorsOutput, String... packages) {
    Set<Location> locations = new HashSet<>();
    for (String p : packages) {
      locations.addAll(Locations.ofPackage(p));
      Path folder = integratorsOutput.resolve(p.replace('.', '/'));
      if (Files.isDirectory(folder)) {
        locations.add(Location.of(folder));
      }
    }
    String levmansTests = codeSourceOf(LevmanRulesInAnIntegratorsBuildTest.class).toUri().getPath();
    ImportOption notLevmansTests = location -> !location.contains(levmansTests);
    return new ClassFileImporter().withImportOption(notLevmansTests).importLocations(locations);
  }

  static Path codeSourceOf(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
