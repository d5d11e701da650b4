/**
 * Levman in a Spring Boot application: the auto-configuration, {@code levman.*} properties, the
 * host's transaction, the scheduled run, health, metrics and rejections as problem details.
 */
package nl.levman.spring;
