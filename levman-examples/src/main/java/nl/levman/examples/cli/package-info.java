/** The levman command-line program: describe, demo, worklist, history, scenario, verify, bench. */
package nl.levman.examples.cli;
