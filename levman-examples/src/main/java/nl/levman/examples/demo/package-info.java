/** The simulated years of the demo: suppliers, SLAs, monthly SLRs, risk reviews, and the HTML report. */
package nl.levman.examples.demo;
