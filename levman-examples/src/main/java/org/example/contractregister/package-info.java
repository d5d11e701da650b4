/**
 * An integrator's extension, written only against Levman's published API: the contract register
 * team defines handbook process 8 'Verlenging/Einde Contract' and a notification adapter, and runs
 * Levman's architecture rules on this package.
 */
package org.example.contractregister;
