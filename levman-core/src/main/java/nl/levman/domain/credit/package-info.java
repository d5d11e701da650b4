/** Service credits (boetes): penalty rules, their computation and its explanation trace. */
package nl.levman.domain.credit;
