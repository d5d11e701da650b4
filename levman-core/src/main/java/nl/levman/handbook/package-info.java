/** The two handbook processes, Service Level Management and the periodic supplier risk review, built with the public builder. */
package nl.levman.handbook;
