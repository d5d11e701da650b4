/** The Immutables house style that value types in Levman are generated with. */
package nl.levman.style;
