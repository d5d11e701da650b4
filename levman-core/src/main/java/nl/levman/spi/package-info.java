/**
 * What adapters implement: the ports the core owns, named in the handbook's words (Instances,
 * History, Archive, Directory, Mandates, Jaarkalender, MeetingPlanner, EventPublisher, Seals, Heads). Each port
 * has an in-memory adapter in {@code nl.levman.memory} and a contract test in the test-jar.
 */
package nl.levman.spi;
