package nl.levman.walk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.ProcessContext;

/**
 * The processes the random walks run, with their item pools and how an instance starts. The
 * handbook processes run with their behaviours, bound by the {@link Desk} to the fixtures' data
 * (each instance gets a contract of its own in the fixtures' register, over its term); the walks
 * hand in valid domain content ({@link DomainInputs}), so that they exercise the arrows, the
 * checks, the behaviours' triggers and due dates, and time, while the reference model never
 * evaluates an SLR or ranks a supplier.
 */
public final class Walks {
  private Walks() {}

  /** The test process: every way on, a term of two to six months, short way or fan-out. */
  public static final ModelWalk.Setup TEST_PROCESS = ModelWalk.Setup.of(TestProcess.definition(),
      Map.of("supplier", List.of("acme", "globex", "initech"), "action", List.of("a1", "a2", "a3")),
      (random, today) -> Desk.context("acme", "svc", Map.of("short", random.nextBoolean()),
          Optional.of(ModelWalk.term(random, today))));

  /** Service Level Management, with or without a DAP, over a term of two to six months. */
  public static final ModelWalk.Setup SERVICE_LEVEL_MANAGEMENT = ModelWalk.Setup.of(
      ServiceLevelManagement.definition(), Map.of(),
      (random, today) -> new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"),
          Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, random.nextBoolean()), Map.of(),
          Optional.of(ModelWalk.term(random, today)), Map.of()));

  /** The periodic risk review, over up to three suppliers with up to three mitigation actions. */
  public static final ModelWalk.Setup RISK_REVIEW = ModelWalk.Setup.of(
      SupplierRiskReview.definition(),
      Map.of(Handbook.SUPPLIER, List.of("acme", "globex", "initech"),
          Handbook.MITIGATION_ACTION, List.of("exit-plan", "iso-27001", "escrow")),
      (random, today) -> ProcessContext.empty());
}
