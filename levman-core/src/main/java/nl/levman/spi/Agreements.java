package nl.levman.spi;

import java.util.Optional;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.sla.ServiceLevelAgreement;

/**
 * The contract register as the handbook policies read it: the signed SLA by id (the instance's
 * contract) and the supplier's DAP. Thread-safe.
 */
public interface Agreements {

  Optional<ServiceLevelAgreement> sla(String id);

  Optional<Dap> dap(String supplier);
}
