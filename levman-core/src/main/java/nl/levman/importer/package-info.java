/**
 * Brings a handbook process into Levman from its own step table: the importer reads the table's
 * text export (or its Markdown form) and an overlay that answers what the text cannot say, and
 * gives a verified {@link nl.levman.model.ProcessDefinition}, or a report of every open question
 * and error with its line number.
 */
package nl.levman.importer;
