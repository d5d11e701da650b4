package nl.levman.model;

/**
 * A step behaviour refused the content of a completion: an SLR, a signature, a risk profile. Each
 * domain concern defines a sealed family of its own extending this one, with fixed codes; an
 * integrator's behaviour does the same for its process.
 */
public non-sealed interface DomainRejection extends Rejection {}
