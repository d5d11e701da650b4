/**
 * Fixture: an integrator's extension package, analysed the way the README tells integrators to
 * ({@code @AnalyzeClasses(packages = "org.example.acme")} with {@code ArchTests.in(LevmanRules.class)}).
 */
package org.example.acme;
