package org.example.acme;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import nl.levman.archunit.LevmanRules;

/**
 * Fixture: the integrator's conformance test exactly as the README and {@link LevmanRules} tell
 * integrators to write it. Not named like a test, so that the build does not run it on its own:
 * {@code nl.levman.archunit.LevmanRulesInAnIntegratorsBuildTest} imports what it names, as the
 * ArchUnit JUnit engine would, and shows what the rules find there.
 */
@AnalyzeClasses(packages = "org.example.acme")
public class AcmeConformance {
  @ArchTest
  static final ArchTests LEVMAN = ArchTests.in(LevmanRules.class);
}
