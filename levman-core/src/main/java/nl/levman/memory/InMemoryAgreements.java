package nl.levman.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.spi.Agreements;

/** A contract register in memory: SLAs by id, DAPs by supplier. Thread-safe. */
public final class InMemoryAgreements implements Agreements {
  private final Map<String, ServiceLevelAgreement> slas = new ConcurrentHashMap<>();
  private final Map<String, Dap> daps = new ConcurrentHashMap<>();

  public InMemoryAgreements add(ServiceLevelAgreement sla) {
    slas.put(sla.id(), sla);
    return this;
  }

  public InMemoryAgreements add(Dap dap) {
    daps.put(dap.supplier(), dap);
    return this;
  }

  @Override
  public Optional<ServiceLevelAgreement> sla(String id) {
    return Optional.ofNullable(slas.get(id));
  }

  @Override
  public Optional<Dap> dap(String supplier) {
    return Optional.ofNullable(daps.get(supplier));
  }
}
