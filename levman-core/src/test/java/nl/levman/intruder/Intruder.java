package nl.levman.intruder;

/** A deliberate violation: a class of other code placed in a nl.levman package. */
public final class Intruder {}
