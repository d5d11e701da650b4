package org.example.acme;

import nl.levman.acme.AcmeLevmanSupport;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;

/**
 * Fixture: an integrator's extension, process 8 of its own, built on Levman's published packages
 * and on the helper it placed in {@code nl.levman.acme}.
 */
public final class AcmeRenewalOfContract {
  private AcmeRenewalOfContract() {}

  public static ProcessDefinition definition() {
    Role cm = AcmeLevmanSupport.contractManager();
    return ProcessDefinition.builder("verlenging-einde-contract", 1).roles(cm)
        .step(1).by(cm).nl("Verlengen of beëindigen").end().build();
  }
}
