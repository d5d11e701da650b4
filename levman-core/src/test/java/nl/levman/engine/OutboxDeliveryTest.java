package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.Delivery;
import nl.levman.api.DocumentInput;
import nl.levman.api.Health;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.memory.InMemoryMeetingPlanner;
import nl.levman.memory.RecordingPublisher;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Scope;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.MeetingPlanner;
import nl.levman.spi.MeetingRequest;
import nl.levman.spi.Notification;
import nl.levman.spi.PlannedMeeting;
import org.junit.jupiter.api.Test;

/**
 * Side effects go through the outbox: recorded with the change, delivered at least once, retried
 * with exponential back-off on the engine's clock, visible in the health while they wait, and never
 * thrown at a command that committed. A node that dies after committing loses nothing.
 */
class OutboxDeliveryTest {

  /** A receiver that fails the first {@code failures} attempts at each delivery id. */
  static final class FlakyPublisher implements EventPublisher {
    final int failures;
    final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    final List<Notification> delivered = new ArrayList<>();

    FlakyPublisher(int failures) {
      this.failures = failures;
    }

    @Override
    public synchronized void publish(Notification n) {
      int attempt = attempts.merge(n.details().get("delivery"), 1, Integer::sum);
      if (attempt <= failures) {
        throw new IllegalStateException("receiver down (attempt " + attempt + ")");
      }
      delivered.add(n);
    }
  }

  static ProcessContext context() {
    return Desk.context("acme", "svc", Map.of("short", true),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12)));
  }

  @Test
  void aPublisherFailingThreeTimesGetsTheNotificationOnceAfterBackingOff() {
    FlakyPublisher flaky = new FlakyPublisher(3);
    Desk desk = new Desk(b -> b.publisher(flaky).retry(Duration.ofSeconds(10), Duration.ofMinutes(5)),
        TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation());
    Instant t0 = desk.clock.instant().truncatedTo(ChronoUnit.MILLIS);

    CommandResult started = desk.start("i", TestProcess.KEY, "cora", context());

    assertThat(started.accepted()).as("a failing receiver never fails a committed command").isTrue();
    assertThat(desk.engine.health()).isEqualTo(new Health(true, Optional.empty(), 0, 1, 1, Optional.of(t0)));
    String id = flaky.attempts.keySet().iterator().next();
    desk.clock.advance(Duration.ofSeconds(9));
    assertThat(desk.engine.dispatch()).as("10 s after the first failure").isZero();
    assertThat(flaky.attempts).containsEntry(id, 1);
    desk.clock.advance(Duration.ofSeconds(1));
    assertThat(desk.engine.dispatch()).isZero();
    assertThat(flaky.attempts).containsEntry(id, 2);
    desk.clock.advance(Duration.ofSeconds(19));
    assertThat(desk.engine.dispatch()).as("20 s after the second").isZero();
    desk.clock.advance(Duration.ofSeconds(1));
    assertThat(desk.engine.dispatch()).isZero();
    assertThat(flaky.attempts).containsEntry(id, 3);
    desk.clock.advance(Duration.ofSeconds(39));
    assertThat(desk.engine.dispatch()).as("40 s after the third").isZero();
    desk.clock.advance(Duration.ofSeconds(1));
    assertThat(desk.engine.dispatch()).isEqualTo(1);

    assertThat(flaky.attempts).containsEntry(id, 4);
    assertThat(flaky.delivered).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo("step-opened");
      assertThat(n.details()).containsEntry("delivery", id);
    });
    assertThat(desk.engine.dispatch()).isZero();
    assertThat(desk.engine.health()).isEqualTo(new Health(true, Optional.empty(), 0, 0, 0, Optional.empty()));
  }

  @Test
  void aMeetingPlannerThatFailsOnceStillPlansTheMeetingOnce() {
    InMemoryMeetingPlanner planned = new InMemoryMeetingPlanner();
    int[] calls = {0};
    MeetingPlanner flaky = new MeetingPlanner() {
      public PlannedMeeting plan(MeetingRequest request) {
        if (++calls[0] == 1) {
          throw new IllegalStateException("calendar server down");
        }
        return planned.plan(request);
      }

      public List<PlannedMeeting> planned(String supplier, String dossier) {
        return planned.planned(supplier, dossier);
      }
    };
    Desk desk = new Desk(b -> b.meetings(flaky), SupplierRiskReview.definition());
    desk.directory.grant("carla", "CCM", Scope.organisation()).grant("carl", "CM", Scope.supplier("acme"));
    desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "carla", ProcessContext.empty());
    desk.engine.complete(desk.completion("review", desk.only("review", 1), "carla")
        .document(DocumentInput.of("jaarkalender", "k.ics", "BEGIN:VCALENDAR")).build());
    desk.engine.complete(desk.completion("review", desk.only("review", 2), "carla")
        .declares("supplier", List.of("acme")).build());
    desk.engine.complete(desk.withInputs("review", desk.only("review", 3),
        desk.completion("review", desk.only("review", 3), "carl")).build());

    CommandResult planning = desk.complete("review", 4, "carla");

    assertThat(planning.accepted()).isTrue();
    assertThat(calls[0]).isEqualTo(1);
    assertThat(desk.engine.health().outboxFailing()).isEqualTo(1);
    desk.clock.advance(Duration.ofSeconds(10));
    assertThat(desk.engine.dispatch()).isEqualTo(1);
    assertThat(calls[0]).isEqualTo(2);
    assertThat(desk.engine.health().outboxPending()).isZero();
  }

  @Test
  void aLinkedProcessStartsOnTheNextDispatchWhenTheLinkingNodeDiedAfterItsCommit() {
    ProcessDefinition followUp = ProcessDefinition.builder("follow-up", 1)
        .roles(TestProcess.COORDINATOR)
        .step(1).by(TestProcess.COORDINATOR).nl("Vervolg").end().build();
    Desk dying = new Desk(b -> b.delivery(Delivery.ON_DISPATCH), TestProcess.definition(), followUp);
    dying.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"));
    dying.start("i", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", true),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 3))));
    dying.complete("i", 1, "cora");
    dying.complete("i", 2, "cora");
    dying.complete("i", 3, "otto");
    dying.complete("i", 8, "cora");
    dying.advance(Duration.ofDays(1));
    assertThat(dying.complete("i", 11, "cora").accepted()).isTrue();
    assertThat(dying.engine.instance(InstanceId.of("i.link11"))).as("not delivered yet").isEmpty();
    assertThat(dying.published.ofKind("process-linked")).isEmpty();
    // the node dies here: nothing of it but its store is left

    RecordingPublisher published = new RecordingPublisher();
    LevmanEngine next = Levman.builder().store(dying.store).clock(dying.clock).directory(dying.directory)
        .publisher(published).process(TestProcess.definition()).process(followUp).build();
    assertThat(next.dispatch()).isPositive();

    assertThat(next.instance(InstanceId.of("i.link11"))).isPresent();
    assertThat(next.history(InstanceId.of("i.link11")).get(0).actor()).as("started as the system")
        .isEqualTo("levman");
    assertThat(published.ofKind("process-linked")).hasSize(1);
    assertThat(published.ofKind("step-opened")).extracting(Notification::instance)
        .contains(InstanceId.of("i.link11"));
    assertThat(next.dispatch()).as("each delivered once").isZero();
    assertThat(next.health().outboxPending()).isZero();
  }

  @Test
  void aCommandInDispatchOnlyModeDeliversNothingItself() {
    Desk desk = new Desk(b -> b.delivery(Delivery.ON_DISPATCH), TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation());
    desk.engine.start(new StartProcess(CommandId.of("s"), InstanceId.of("i"), TestProcess.KEY,
        PersonId.of("cora"), context()));
    assertThat(desk.published.received()).isEmpty();
    assertThat(desk.engine.health().outboxPending()).isEqualTo(1);
    assertThat(desk.engine.runDue()).as("runDue dispatches too, and counts what fired").isZero();
    assertThat(desk.published.ofKind("step-opened")).hasSize(1);
  }
}
