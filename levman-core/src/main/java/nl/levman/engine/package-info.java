/** Command handling: checks every command, routes tokens along the ways on, appends events and publishes signals. Package-private. */
package nl.levman.engine;
