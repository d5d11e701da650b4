/** The Leverancier Risicoprofiel from a replaceable template, risk scoring, and the Handboek's ranking of suppliers for the review. */
package nl.levman.domain.risk;
