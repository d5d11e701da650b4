package nl.levman.model;

/**
 * What a step behaviour computed and decided, recorded in the history next to the flow events: an
 * SLR evaluated, a penalty decided, signatures checked. Domain events are records; each type is
 * registered in {@link EventTypes} under an explicit name and version. Hosts read them as types.
 *
 * <p>Only behaviours produce domain events: nothing a person hands in becomes one unread.
 */
public non-sealed interface DomainEvent extends Event {}
