package org.example.contractregister;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import nl.levman.archunit.LevmanRules;

/** The integrator's extension checked by the rules Levman ships: the one line an integrator adds. */
@AnalyzeClasses(packages = "org.example.contractregister")
class LevmanConformanceTest {
  @ArchTest static final ArchTests LEVMAN = ArchTests.in(LevmanRules.class);
}
