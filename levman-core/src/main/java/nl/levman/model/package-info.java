/**
 * The process model: a handbook process as its step table (steps, roles, documents, archive
 * places) plus the arrows between rows (ways on), verified when built. Pure: no I/O, no time.
 */
package nl.levman.model;
