/**
 * The levman command-line program: describe, demo, instances, worklist, history, scenario, verify,
 * bench. Errors are one line with an exit code per class ({@link nl.levman.examples.cli.ExitCodes});
 * commands that only read create nothing.
 */
package nl.levman.examples.cli;
