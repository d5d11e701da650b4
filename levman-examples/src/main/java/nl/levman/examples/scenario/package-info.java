/** Scripted scenarios: a JSON file of commands and expectations, run against an engine. */
package nl.levman.examples.scenario;
