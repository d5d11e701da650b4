package nl.levman.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.levman.api.CommandResult;
import nl.levman.api.DocumentInput;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.HandbookKit;
import nl.levman.json.Json;
import nl.levman.model.Event;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import nl.levman.spi.RecordedEvent;
import org.junit.jupiter.api.Test;

/**
 * The stored format is a contract: histories written by this version of both handbook processes,
 * checked in under {@code golden/history}, must decode with the registry of this build, and encode
 * back to the very same payload. A change that would break stored data fails here; it needs a new
 * event version and an upcaster instead.
 *
 * <p>To write the files afresh after an intended, versioned change: {@code
 * -Dlevman.golden.write=true}.
 */
class GoldenHistoryTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/history");
  private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

  private Desk desk = newDesk();
  private final EventTypes types = registry(desk.kit);

  private static Desk newDesk() {
    return new Desk(ServiceLevelManagement.definition(), SupplierRiskReview.definition());
  }

  static EventTypes registry(HandbookKit kit) {
    EventTypes.Builder b = EventTypes.builder();
    kit.behaviours().all().forEach(x -> x.register(b));
    return b.build();
  }

  @Test
  void historiesWrittenByThisVersionDecodeAndEncodeToTheSameBytes() throws IOException {
    if (Boolean.getBoolean("levman.golden.write")) {
      write("service-level-management.jsonl", serviceLevelManagement());
      write("supplier-risk-review.jsonl", riskReview());
    }
    Set<String> seen = new TreeSet<>();
    for (String file : List.of("service-level-management.jsonl", "supplier-risk-review.jsonl")) {
      List<String> lines = Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8);
      assertThat(lines).as(file).isNotEmpty();
      for (String line : lines) {
        Map<String, Object> row = Json.parseObject(line);
        String type = (String) row.get("type");
        String payload = (String) row.get("payload");
        Event event = types.decode(type, payload);
        assertThat(types.typeOf(event).stored()).as(line).isEqualTo(type);
        assertThat(types.payload(event)).as("re-encoded " + type).isEqualTo(payload);
        seen.add(type);
      }
    }
    Set<String> registered = new TreeSet<>();
    types.types().forEach(t -> registered.add(t.stored()));
    assertThat(seen).as("every registered event type has a golden record").isEqualTo(registered);
  }

  @Test
  void everyStoredNameIsExplicitAndNeverAJavaClassName() {
    for (EventTypes.EventType t : types.types()) {
      assertThat(t.name()).doesNotContain(t.javaType().getSimpleName());
      assertThat(t.stored()).matches("[a-z.-]+\\.v[0-9]+");
    }
  }

  private void write(String file, List<RecordedEvent> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    for (RecordedEvent r : rows) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("type", r.type());
      row.put("payload", r.payload());
      lines.add(Json.write(row));
    }
    Files.createDirectories(GOLDEN);
    Files.write(GOLDEN.resolve(file), lines, StandardCharsets.UTF_8);
  }

  private void at(String date) {
    desk.clock.set(LocalDate.parse(date).atTime(9, 0).atZone(AMS).toInstant());
    desk.engine.runDue();
  }

  private static void ok(CommandResult r) {
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  /** Every flow event and every SLM domain event: DAP, SLRs with a breach, steering, a change, the link. */
  private List<RecordedEvent> serviceLevelManagement() {
    desk = newDesk();
    desk.directory.grant("ann", "SLM", Scope.service("hosting")).grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting"));
    at("2026-01-05");
    ok(desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(Optional.of("acme"),
        Optional.of("sla-acme-2026"), Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, true), Map.of(),
        Optional.of(new Term(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1), Period.ofMonths(1), 10,
            LocalDate.of(2026, 3, 1))), Map.of())));
    ok(desk.complete("sla", 1, "ann"));
    ok(desk.complete("sla", 2, "ann"));
    ok(desk.complete("sla", 3, "ann"));
    ok(desk.complete("sla", 4, "ann"));
    ok(desk.decide("sla", 5, "lars", "akkoord"));
    ok(desk.complete("sla", 6, "ann"));
    ok(desk.complete("sla", 7, "ann"));
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));
    ok(desk.decide("sla", 10, "dirk", "akkoord"));
    ok(desk.complete("sla", 11, "ann"));
    at("2026-03-02");
    WorkItem slr = desk.only("sla", 12);
    ok(desk.engine.complete(desk.completion("sla", slr, "lars").document(DocumentInput.of("slr",
        "slr-1.json", desk.kit.slr("sla-acme-2026", 1, "98.50"))).build()));
    ok(desk.complete("sla", 13, "ann"));
    ok(desk.decide("sla", 14, "ann", "nee"));
    ok(desk.engine.complete(desk.completion("sla", desk.only("sla", 15), "ann")
        .document(DocumentInput.of("slr", "slr-1.json", desk.kit.slr("sla-acme-2026", 1, "98.50")))
        .document(DocumentInput.of("besluiten", "besluiten-1.json", "[{\"type\":\"penalty\"},"
            + "{\"type\":\"sla-change\",\"what\":\"availability target\"},"
            + "{\"type\":\"escalation\",\"level\":1,\"reason\":\"outages\"},"
            + "{\"type\":\"extra-meeting\",\"date\":\"2026-03-20\",\"topic\":\"performance\"},"
            + "{\"type\":\"sip\",\"actions\":[{\"description\":\"redundant storage\",\"owner\":\"acme\","
            + "\"due\":\"2026-05-01\",\"criterion\":\"no outage over 1 h\"}]}]")).build()));
    ok(desk.complete("sla", 17, "ann"));
    ok(desk.complete("sla", 18, "ann"));
    at("2026-04-12");                                    // period 2's SLR is overdue
    for (int period = 2; period <= 3; period++) {
      at(LocalDate.of(2026, 2, 1).plusMonths(period).plusDays(12).toString());
      ok(desk.complete("sla", 12, "lars"));
      ok(desk.complete("sla", 13, "ann"));
      ok(desk.decide("sla", 14, "ann", "ja"));
      ok(desk.complete("sla", 16, "ann"));
    }
    at("2026-05-20");
    return desk.store.events(InstanceId.of("sla"));
  }

  /** Every review domain event: the ranking, profiles, mitigation actions with due dates, one overdue. */
  private List<RecordedEvent> riskReview() {
    desk = newDesk();
    desk.directory.grant("carla", "CCM", Scope.organisation()).grant("carl", "CM", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.supplier("acme")).grant("mia", "MT", Scope.organisation());
    at("2026-03-02");
    ok(desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "carla", ProcessContext.empty()));
    ok(desk.engine.complete(desk.completion("review", desk.only("review", 1), "carla")
        .document(DocumentInput.of("jaarkalender", "k.ics", "BEGIN:VCALENDAR")).build()));
    ok(desk.engine.complete(desk.completion("review", desk.only("review", 2), "carla")
        .declares("supplier", List.of("acme")).build()));
    ok(desk.engine.complete(desk.withInputs("review", desk.only("review", 3),
        desk.completion("review", desk.only("review", 3), "carl"))
        .declares("mitigation-action", List.of("exit-plan")).build()));
    ok(desk.complete("review", 4, "carla"));
    ok(desk.complete("review", 5, "mia"));
    ok(desk.decide("review", 6, "mia", "ja"));
    ok(desk.complete("review", 7, "carl"));
    ok(desk.engine.complete(desk.completion("review", desk.only("review", 8), "carl")
        .document(DocumentInput.of("mitigatie-acties", "acties.json",
            "[{\"id\":\"exit-plan\",\"description\":\"write the exit plan\",\"due\":\"2026-04-01\"}]"))
        .build()));
    at("2026-04-03");
    ok(desk.decide("review", 9, "dirk", "ja"));
    ok(desk.complete("review", 10, "carla"));
    ok(desk.decide("review", 11, "mia", "ja"));
    ok(desk.complete("review", 12, "carl"));
    ok(desk.complete("review", 13, "carl"));
    return desk.store.events(InstanceId.of("review"));
  }
}
