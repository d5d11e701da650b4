/** The README's first steps as a program that the build compiles and a test runs. */
package nl.levman.examples.start;
