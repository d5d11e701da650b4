/** The entry point: {@link nl.levman.Levman#builder()} wires the ports and builds the engine. */
package nl.levman;
