/** The benchmark: completions per second and round trips against a raw JDBC baseline, work-list latency, memory. */
package nl.levman.examples.bench;
