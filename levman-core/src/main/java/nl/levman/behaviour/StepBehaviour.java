package nl.levman.behaviour;

import nl.levman.model.Behaviour;
import nl.levman.model.EventTypes;

/**
 * The domain behaviour of a step: a decoder that turns what the person hands in into a typed value,
 * or a typed rejection; and a pure decision that turns the value, in its context, into a rejection
 * or domain events and effects. Both are plain functions: no I/O, no clock, no state of their own
 * beyond what they were built with; reference data a behaviour needs (the SLA register, the
 * Mandaatlijst) is given to it when it is built.
 *
 * <p>A definition declares a behaviour at a step by its {@link Behaviour} declaration; an engine is
 * built with the implementations ({@code Levman.builder().behaviours(...)}) and refuses to run a
 * definition whose declared behaviours are not bound. Implementations must be thread-safe.
 *
 * @param <I> the typed input the decoder produces
 */
public interface StepBehaviour<I> {

  /** The declaration this implementation is bound to, by its name. */
  Behaviour declaration();

  /** Registers the domain event types this behaviour records (name and version of each); none by default. */
  default void register(EventTypes.Builder types) {}

  /** The person's input as a typed value, or the rejection that says what is wrong with it. */
  Decoded<I> decode(StepInput input);

  /** The decision on the decoded value: a rejection, or the domain events and effects. */
  Decision decide(I input, StepContext context);
}
