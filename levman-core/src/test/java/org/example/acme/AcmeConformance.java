package org.example.acme;

import com.tngtech.archunit.junit.AnalyzeClasses;
import nl.levman.archunit.LevmanRules;

/**
 * Fixture: the integrator's conformance test exactly as the README and {@link LevmanRules} tell
 * integrators to write it. Not named like a test, so that the build does not run it on its own:
 * {@code nl.levman.archunit.LevmanRulesInAnIntegratorsBuildTest} imports what it names, as the
 * ArchUnit JUnit engine would, and shows what the rules find there.
 */
@AnalyzeClasses(packages = "org.example.acme")
public class AcmeConformance {
  /**
   * What the integrator writes here: {@code @ArchTest static final ArchTests LEVMAN =
   * ArchTests.in(LevmanRules.class);}. Left out of the fixture, because the ArchUnit engine would
   * run it in this build (and find the deliberate violation); the test evaluates the same rules on
   * what this annotation imports.
   */
  static final Class<?> RULES = LevmanRules.class;
}
