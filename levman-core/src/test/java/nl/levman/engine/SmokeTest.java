package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.*;
import java.util.*;
import nl.levman.Levman;
import nl.levman.api.*;
import nl.levman.memory.*;
import nl.levman.model.*;
import nl.levman.spi.*;
import org.junit.jupiter.api.Test;

class SmokeTest {
  static final Role A = new Role("A", "a", "a", RoleScope.ORGANISATION);
  static final Role S = new Role("S", "s", "s", RoleScope.SUPPLIER);

  static ProcessDefinition def() {
    return ProcessDefinition.builder("smoke", 1).roles(A, S).flags("f").itemKinds("supplier", "action")
        .step(1).by(A).nl("een").then(WayOn.split(List.of(2, 3), WayOn.condition("f", 4, 5)))
        .step(2).by(A).nl("twee").join()
        .step(3).by(A).nl("drie").join()
        .step(4).by(A).nl("vier").then(WayOn.forEach("supplier", List.of(6, 7, 8), 9))
        .step(5).by(A).nl("vijf").next(4)
        .step(6).by(S).nl("zes").then(WayOn.forEach("action", List.of(7), 8))
        .step(7).by(S).nl("zeven").gate(Outcome.of("ja", 8), Outcome.of("nee", 6))
        .step(8).by(S).nl("acht").next(9)
        .step(9).by(A).nl("negen").then(WayOn.cycle(List.of(10, 11), 12))
        .step(10).by(A).nl("tien").next(11)
        .step(11).by(A).nl("elf").next(10)
        .step(12).nl("einde").end()
        .build();
  }

  @Test
  void walks() {
    VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    InMemoryDirectory dir = new InMemoryDirectory().grant("ann", "A", Scope.organisation())
        .grant("sam", "S", Scope.supplier("x")).grant("sam", "S", Scope.supplier("y"));
    LevmanEngine e = Levman.builder().process(def()).directory(dir).clock(clock)
        .archive(new NoArchive()).meetings(new NoMeetings()).build();
    InstanceId id = InstanceId.of("i1");
    Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), Period.ofMonths(1), 10,
        LocalDate.of(2026, 3, 1));
    var ctx = new ProcessContext(Optional.empty(), Optional.empty(), Optional.empty(), Map.of("f", true),
        Map.of(), Optional.of(term), Map.of());
    var r = e.start(new StartProcess(CommandId.of("c1"), id, "smoke", PersonId.of("ann"), ctx));
    System.out.println(r);
    int n = 2;
    for (int round = 0; round < 40; round++) {
      List<WorkItem> open = e.instance(id).orElseThrow().open();
      System.out.println("open: " + open.stream().map(w -> w.step() + "/" + w.subjects() + "/p" + w.period()).toList());
      if (open.isEmpty()) break;
      WorkItem w = open.get(0);
      var b = CompleteStep.of(CommandId.of("c" + n++), id, w.id(), PersonId.of(w.role().equals("S") ? "sam" : "ann"));
      if (w.step() == 4) b.declares("supplier", List.of("x", "y"));
      if (w.step() == 6) b.declares("action", List.of("a1", "a2"));
      if (w.step() == 7) b.outcome(round < 12 ? "nee" : "ja");
      var res = e.complete(b.build());
      if (!res.accepted()) {
        System.out.println("  " + res);
        clock.advance(Duration.ofDays(20));
        System.out.println("  runDue " + e.runDue());
      }
    }
    e.history(id).forEach(h -> System.out.println(h.sequence() + " " + h.event()));
    assertThat(e.verify(id).isIntact()).isTrue();
    assertThat(e.instance(id).orElseThrow().status()).isEqualTo(InstanceStatus.COMPLETED);
  }

  static final class NoArchive implements Archive {
    public ArchivedDocument store(String place, String supplier, String dossier, DocumentName name, byte[] content, DocumentMetadata metadata) { throw new LevmanException("no"); }
    public List<ArchivedDocument> list(String place) { return List.of(); }
    public Optional<ArchivedDocument> find(DocumentRef ref) { return Optional.empty(); }
    public byte[] read(DocumentRef ref) { throw new LevmanException("no"); }
  }

  static final class NoMeetings implements MeetingPlanner {
    public PlannedMeeting plan(MeetingRequest request) { throw new LevmanException("no"); }
    public List<PlannedMeeting> planned(String supplier, String dossier) { return List.of(); }
  }
}
