package nl.levman.memory;

import java.util.ArrayList;
import java.util.List;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.spi.Mandates;

/** A Mandaatlijst kept in memory; new versions can be added. Thread-safe. */
public final class InMemoryMandates implements Mandates {
  private final List<Mandaatlijst.Version> versions = new ArrayList<>();

  public synchronized InMemoryMandates add(Mandaatlijst.Version version) {
    versions.add(version);
    return this;
  }

  @Override
  public synchronized Mandaatlijst mandaatlijst() {
    return new Mandaatlijst(versions);
  }
}
