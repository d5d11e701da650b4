/** The Mandaatlijst: who may sign which document type up to which value, in versions. */
package nl.levman.domain.mandate;
