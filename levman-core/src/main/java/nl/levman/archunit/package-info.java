/** Architecture rules that integrators run on their own extensions with one line: ArchTests.in(LevmanRules.class). ArchUnit is an optional dependency. */
package nl.levman.archunit;
