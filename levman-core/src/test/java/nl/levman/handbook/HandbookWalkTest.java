package nl.levman.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.DocumentInput;
import nl.levman.api.RaiseStep;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.HandbookKit;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every arrow of PROCESSES.md, walked at least once through the public API. */
class HandbookWalkTest {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  Desk desk;

  @BeforeEach
  void desk() {
    desk = new Desk(ServiceLevelManagement.definition(), SupplierRiskReview.definition());
    desk.directory.grant("ann", "SLM", Scope.service("hosting"))
        .grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting"))
        .grant("dirk", "DE", Scope.supplier("acme"))
        .grant("dora", "DE", Scope.supplier("globex"))
        .grant("carla", "CCM", Scope.organisation())
        .grant("carl", "CM", Scope.supplier("acme"))
        .grant("cees", "CM", Scope.supplier("globex"))
        .grant("mia", "MT", Scope.organisation());
  }

  private static Term term() {
    return new Term(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 1), Period.ofMonths(1), 10,
        LocalDate.of(2026, 4, 1));
  }

  private void startSlm(boolean dap) {
    CommandResult r = desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann",
        new ProcessContext(Optional.of("acme"), Optional.of("sla-acme-2026"), Optional.of("hosting"),
            Map.of(Handbook.DAP_WANTED, dap), Map.of(), Optional.of(term()), Map.of()));
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  private void at(String date) {
    desk.clock.set(LocalDate.parse(date).atTime(9, 0).atZone(AMSTERDAM).toInstant());
    desk.engine.runDue();
  }

  private void ok(CommandResult r) {
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  @Test
  void serviceLevelManagementWithADapWalksEveryArrow() {
    startSlm(true);
    ok(desk.complete("sla", 1, "ann"));                          // 1 → 2 and 3
    ok(desk.complete("sla", 3, "ann"));                          // 3 joins
    ok(desk.complete("sla", 2, "ann"));                          // 2 joins → 4 (DAP wanted)
    ok(desk.complete("sla", 4, "ann"));                          // 4 → 5
    ok(desk.decide("sla", 5, "lars", "niet akkoord"));           // 5 → 4
    ok(desk.complete("sla", 4, "ann"));
    ok(desk.decide("sla", 5, "lars", "akkoord"));                // 5 → 6
    ok(desk.engine.complete(desk.completion("sla", desk.only("sla", 6), "ann")
        .document(DocumentInput.of("handleiding", "handleiding.pdf", "regels"))
        .document(DocumentInput.of("dap", "dap-signed.pdf", "DAP v1, signed"))
        .field("signatures", HandbookKit.signatures("dirk", "lars")).build())); // 6 → 7
    assertThat(desk.archive.list("contractregister")).hasSize(2);
    ok(desk.complete("sla", 7, "ann"));                          // 7 → 8
    ok(desk.complete("sla", 8, "lars"));                         // 8 → 9
    ok(desk.decide("sla", 9, "ann", "niet akkoord"));            // 9 → 7
    ok(desk.complete("sla", 7, "ann"));
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));                 // 9 → 10
    ok(desk.decide("sla", 10, "dirk", "niet akkoord"));          // 10 → 7
    ok(desk.complete("sla", 7, "ann"));
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));
    ok(desk.decide("sla", 10, "dirk", "akkoord"));               // 10 → 11
    ok(desk.complete("sla", 11, "ann"));                         // 11 → cycle: 12 for period 1
    WorkItem slr = desk.only("sla", 12);
    assertThat(slr.period()).isEqualTo(1);
    assertThat(slr.due()).contains(LocalDate.of(2026, 3, 11).atStartOfDay(AMSTERDAM).toInstant());
    at("2026-03-02");
    ok(desk.complete("sla", 12, "lars"));                        // 12 → 13
    ok(desk.complete("sla", 13, "ann"));                         // 13 → 14
    ok(desk.decide("sla", 14, "ann", "nee"));                    // 14 → 15
    ok(desk.complete("sla", 15, "ann"));                         // 15 → 12 (period 2)
    assertThat(desk.only("sla", 12).period()).isEqualTo(2);
    ok(desk.engine.raise(new RaiseStep(desk.nextCommand(), InstanceId.of("sla"), 17,
        PersonId.of("ann"), "KPI for availability changes")));   // 17 raised beside the cycle
    ok(desk.complete("sla", 17, "ann"));                         // 17 → end
    at("2026-04-02");                                           // renewal date has passed: 18 opens
    assertThat(desk.open("sla", 18)).hasSize(1);
    ok(desk.complete("sla", 12, "lars"));
    ok(desk.complete("sla", 13, "ann"));
    ok(desk.decide("sla", 14, "ann", "ja"));                     // 14 → 16
    ok(desk.complete("sla", 16, "ann"));                         // 16 → 12 (period 3)
    ok(desk.complete("sla", 18, "ann"));                         // 18 → process 8 (not registered here)
    assertThat(desk.published.ofKind("link-unregistered")).hasSize(1);
    for (int period = 3; period <= 6; period++) {
      at(LocalDate.of(2026, 2, 1).plusMonths(period).plusDays(1).toString());
      ok(desk.complete("sla", 12, "lars"));
      ok(desk.complete("sla", 13, "ann"));
      ok(desk.decide("sla", 14, "ann", "ja"));
      ok(desk.complete("sla", 16, "ann"));
    }
    assertThat(desk.engine.instance(InstanceId.of("sla")).orElseThrow().status())
        .as("the term has ended after period 6").isEqualTo(InstanceStatus.COMPLETED);
    assertThat(desk.engine.verify(InstanceId.of("sla")).isIntact()).isTrue();
  }

  @Test
  void aThreeYearSlaWithMonthlySlrsRunsOnTheVirtualClock() {
    Term threeYears = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1), Period.ofMonths(1), 10,
        LocalDate.of(2028, 9, 1));
    ok(desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(Optional.of("acme"),
        Optional.of("sla-acme-2026"), Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, false), Map.of(),
        Optional.of(threeYears), Map.of())));
    for (int step : new int[] {1, 2, 3, 7}) {
      ok(desk.complete("sla", step, "ann"));
    }
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));
    ok(desk.decide("sla", 10, "dirk", "akkoord"));
    ok(desk.complete("sla", 11, "ann"));
    for (int period = 1; period <= 36; period++) {
      at(LocalDate.of(2026, 1, 1).plusMonths(period).plusDays(1).toString());
      assertThat(desk.only("sla", 12).period()).isEqualTo(period);
      ok(desk.complete("sla", 12, "lars"));
      ok(desk.complete("sla", 13, "ann"));
      ok(desk.decide("sla", 14, "ann", period % 7 == 0 ? "nee" : "ja"));
      ok(desk.complete("sla", period % 7 == 0 ? 15 : 16, "ann"));
      if (!desk.open("sla", 18).isEmpty()) {
        assertThat(period).as("step 18 opens before the notice deadline").isLessThanOrEqualTo(33);
        ok(desk.complete("sla", 18, "ann"));
      }
    }
    var view = desk.engine.instance(InstanceId.of("sla")).orElseThrow();
    assertThat(view.status()).isEqualTo(InstanceStatus.COMPLETED);
    assertThat(view.completions()).containsEntry(12, 36).containsEntry(18, 1);
    assertThat(desk.engine.verify(InstanceId.of("sla")).isIntact()).isTrue();
  }

  @Test
  void serviceLevelManagementWithoutADapGoesFromTheJoinToStep7() {
    startSlm(false);
    ok(desk.complete("sla", 1, "ann"));
    ok(desk.complete("sla", 2, "ann"));
    ok(desk.complete("sla", 3, "ann"));
    assertThat(desk.open("sla", 4)).isEmpty();
    assertThat(desk.open("sla", 7)).hasSize(1);
  }

  @Test
  void anOverdueSlrIsSignalledToTheSlm() {
    startSlm(false);
    ok(desk.complete("sla", 1, "ann"));
    ok(desk.complete("sla", 2, "ann"));
    ok(desk.complete("sla", 3, "ann"));
    ok(desk.complete("sla", 7, "ann"));
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));
    ok(desk.decide("sla", 10, "dirk", "akkoord"));
    ok(desk.complete("sla", 11, "ann"));
    at("2026-03-12");
    assertThat(desk.published.ofKind("slr-overdue")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("period 1"));
  }

  @Test
  void theRiskReviewWalksEveryArrowForSeveralSuppliers() {
    CommandResult r = desk.start("review-2026", Handbook.SUPPLIER_RISK_REVIEW, "carla", ProcessContext.empty());
    ok(r);
    ok(desk.engine.complete(desk.completion("review-2026", desk.only("review-2026", 1), "carla")
        .document(DocumentInput.of("jaarkalender", "jaarkalender-2026.ics", "BEGIN:VCALENDAR")).build()));
    ok(desk.engine.complete(desk.completion("review-2026", desk.only("review-2026", 2), "carla")
        .declares("supplier", List.of("acme", "globex")).build()));          // 2 → 3 per supplier
    for (WorkItem w : desk.open("review-2026", 3)) {
      String cm = w.subjects().get("supplier").equals("acme") ? "carl" : "cees";
      ok(desk.engine.complete(desk.completion("review-2026", w, cm)
          .document(DocumentInput.of("risicoprofiel-template", "template.docx", "template"))
          .document(DocumentInput.of("risicoprofiel", "profile.json",
              HandbookKit.profile(w.subjects().get("supplier"))))
          .declares("mitigation-action", w.subjects().get("supplier").equals("acme")
              ? List.of("exit-plan", "iso-27001") : List.of())
          .build()));                                                          // 3 → 4 when all are filled
    }
    ok(desk.complete("review-2026", 4, "carla"));                            // 4 → 5
    ok(desk.complete("review-2026", 5, "mia"));                              // 5 → 6 per supplier
    WorkItem acme6 = item(6, "acme");
    WorkItem globex6 = item(6, "globex");
    ok(desk.engine.complete(desk.completion("review-2026", globex6, "mia").outcome("nee").build())); // 6 → 13
    ok(desk.engine.complete(desk.completion("review-2026", acme6, "mia").outcome("ja").build()));    // 6 → 7
    ok(desk.engine.complete(desk.completion("review-2026", item(7, "acme"), "carl").build()));       // 7 → 8
    ok(desk.engine.complete(desk.completion("review-2026", item(8, "acme"), "carl").build()));       // 8 → 9 per action
    List<WorkItem> judge = desk.open("review-2026", 9);
    assertThat(judge).extracting(w -> w.subjects().get("mitigation-action")).containsExactly("exit-plan", "iso-27001");
    ok(desk.engine.complete(desk.completion("review-2026", judge.get(0), "dirk").outcome("ja").build()));
    ok(desk.engine.complete(desk.completion("review-2026", judge.get(1), "dirk").outcome("nee").build())); // 9 → 7
    ok(desk.engine.complete(desk.completion("review-2026", item(7, "acme"), "carl")
        .declares("mitigation-action", List.of("iso-27001")).build()));
    ok(desk.engine.complete(desk.completion("review-2026", item(8, "acme"), "carl").build()));
    ok(desk.engine.complete(desk.completion("review-2026", item(9, "acme"), "dirk").outcome("ja").build())); // 9 → 10
    ok(desk.engine.complete(desk.completion("review-2026", item(10, "acme"), "carl").build()));      // 10 → 11
    ok(desk.engine.complete(desk.completion("review-2026", item(11, "acme"), "mia").outcome("nee").build())); // 11 → 7
    ok(desk.engine.complete(desk.completion("review-2026", item(7, "acme"), "carl").build()));
    ok(desk.engine.complete(desk.completion("review-2026", item(8, "acme"), "carl").build()));
    ok(desk.engine.complete(desk.completion("review-2026", item(9, "acme"), "dirk").outcome("ja").build()));
    ok(desk.engine.complete(desk.completion("review-2026", item(10, "acme"), "carl").build()));
    ok(desk.engine.complete(desk.completion("review-2026", item(11, "acme"), "mia").outcome("ja").build())); // 11 → 12
    ok(desk.engine.complete(desk.completion("review-2026", item(12, "acme"), "carl").build()));      // 12 → 13
    ok(desk.engine.complete(desk.completion("review-2026", item(13, "globex"), "cees")
        .document(DocumentInput.of("risicoprofiel", "risicoprofiel-globex.json",
            HandbookKit.profile("globex"))).build()));
    assertThat(desk.engine.instance(InstanceId.of("review-2026")).orElseThrow().status())
        .as("waits for acme").isEqualTo(InstanceStatus.RUNNING);
    ok(desk.engine.complete(desk.completion("review-2026", item(13, "acme"), "carl")
        .document(DocumentInput.of("risicoprofiel", "risicoprofiel-acme.json",
            HandbookKit.profile("acme"))).build())); // 13 → 14
    assertThat(desk.engine.instance(InstanceId.of("review-2026")).orElseThrow().status())
        .isEqualTo(InstanceStatus.COMPLETED);
    assertThat(desk.archive.list("sharepoint-levman")).extracting(d -> d.ref().supplier())
        .containsExactlyInAnyOrder("globex", "acme");
    assertThat(desk.engine.history(InstanceId.of("review-2026"))).anySatisfy(h ->
        assertThat(h.event()).isInstanceOf(Event.ProcessCompleted.class));
  }

  @Test
  void aColleagueCmCannotCompleteAnotherCmsSupplier() {
    ok(desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "carla", ProcessContext.empty()));
    ok(desk.engine.complete(desk.completion("review", desk.only("review", 1), "carla")
        .document(DocumentInput.of("jaarkalender", "k.ics", "x")).build()));
    ok(desk.engine.complete(desk.completion("review", desk.only("review", 2), "carla")
        .declares("supplier", List.of("acme")).build()));
    CommandResult r = desk.engine.complete(desk.completion("review", desk.only("review", 3), "cees")
        .document(DocumentInput.of("risicoprofiel-template", "t.docx", "t")).build());
    assertThat(r.accepted()).isFalse();
  }

  @Test
  void theJaarkalenderStartsTheReviewOnItsDate() {
    Desk calendarDesk = new Desk(b -> b.jaarkalender(new nl.levman.memory.InMemoryJaarkalender()
        .add(new nl.levman.spi.Jaarkalender.Entry("review-2026", Handbook.SUPPLIER_RISK_REVIEW,
            LocalDate.of(2026, 3, 1), "Periodieke review", "carla", Map.of()))),
        SupplierRiskReview.definition());
    calendarDesk.clock.set(Instant.parse("2026-02-28T12:00:00Z"));
    calendarDesk.engine.runDue();
    assertThat(calendarDesk.engine.instance(InstanceId.of("review-2026"))).isEmpty();
    calendarDesk.clock.set(Instant.parse("2026-03-01T08:00:00Z"));
    calendarDesk.engine.runDue();
    calendarDesk.engine.runDue();
    assertThat(calendarDesk.engine.instance(InstanceId.of("review-2026"))).isPresent();
    assertThat(calendarDesk.engine.history(InstanceId.of("review-2026")).stream()
        .filter(h -> h.event() instanceof Event.ProcessStarted)).hasSize(1);
  }

  private WorkItem item(int step, String supplier) {
    return desk.open("review-2026", step).stream()
        .filter(w -> supplier.equals(w.subjects().get("supplier"))).findFirst().orElseThrow(
            () -> new AssertionError("no step " + step + " open for " + supplier + ": "
                + desk.engine.instance(InstanceId.of("review-2026")).orElseThrow().open()));
  }
}
