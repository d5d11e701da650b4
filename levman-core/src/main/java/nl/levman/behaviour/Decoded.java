package nl.levman.behaviour;

import static java.util.Objects.requireNonNull;

import nl.levman.model.Rejection;

/** The result of decoding a step's input: a typed value, or the rejection that says why not. */
public sealed interface Decoded<I> {

  static <I> Decoded<I> value(I value) {
    return new Value<>(value);
  }

  static <I> Decoded<I> refused(Rejection rejection) {
    return new Refused<>(rejection);
  }

  /** The input, decoded. */
  record Value<I>(I value) implements Decoded<I> {
    public Value {
      requireNonNull(value, "value");
    }
  }

  /** The input cannot be decoded, for the reason given. */
  record Refused<I>(Rejection rejection) implements Decoded<I> {
    public Refused {
      requireNonNull(rejection, "rejection");
    }
  }
}
