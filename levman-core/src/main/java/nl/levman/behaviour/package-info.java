/** Step behaviours: the domain's decoders and pure decisions that the definition places at its steps. */
package nl.levman.behaviour;
