package nl.levman.spi;

import static nl.levman.spi.StorePorts.T0;
import static nl.levman.spi.StorePorts.change;
import static nl.levman.spi.StorePorts.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.PersonId;
import org.junit.jupiter.api.Test;

/** What every {@link WorkList} must do: filter with AND, order by due date, limit. */
public abstract class WorkListContract {

  protected abstract StorePorts ports();

  private StorePorts filled() {
    StorePorts s = ports();
    Instant early = Instant.parse("2026-04-01T00:00:00Z");
    Instant late = Instant.parse("2026-05-01T00:00:00Z");
    s.instances().commit(change("i1", 0, 1)
        .open(item("w-late", "i1", "SLM", "acme", Optional.of("ann"), Optional.of(late), T0))
        .open(item("w-none", "i1", "SLM", "acme", Optional.empty(), Optional.empty(), T0))
        .open(item("w-early", "i1", "LEV", "acme", Optional.empty(), Optional.of(early), T0)).build());
    s.instances().commit(change("i2", 0, 1)
        .open(item("w-globex", "i2", "SLM", "globex", Optional.empty(), Optional.of(early), T0.plusSeconds(1)))
        .build());
    return s;
  }

  @Test
  void ordersByDueDateNoneLastThenOpeningThenId() {
    assertThat(filled().workList().find(WorkItemQuery.all(10))).extracting(w -> w.id().value())
        .containsExactly("w-early", "w-globex", "w-late", "w-none");
  }

  @Test
  void filtersByRoleSupplierServiceAssigneeAndProcess() {
    StorePorts s = filled();
    assertThat(s.workList().find(WorkItemQuery.all(10).withRole("SLM"))).hasSize(3);
    assertThat(s.workList().find(WorkItemQuery.all(10).withRole("SLM").withSupplier("acme")))
        .extracting(w -> w.id().value()).containsExactly("w-late", "w-none");
    assertThat(s.workList().find(WorkItemQuery.all(10).withAssignee(PersonId.of("ann"))))
        .extracting(w -> w.id().value()).containsExactly("w-late");
    assertThat(s.workList().find(WorkItemQuery.all(10).withService("hosting"))).hasSize(4);
    assertThat(s.workList().find(WorkItemQuery.all(10).withProcess("supplier-risk-review"))).isEmpty();
  }

  @Test
  void limitsTheResult() {
    assertThat(filled().workList().find(WorkItemQuery.all(2))).hasSize(2);
  }

  @Test
  void closedItemsDisappearAndItemsKeepTheirFields() {
    StorePorts s = filled();
    StoredWorkItem early = s.workList().find(WorkItemQuery.all(1)).get(0);
    assertThat(early).isEqualTo(item("w-early", "i1", "LEV", "acme", Optional.empty(),
        Optional.of(Instant.parse("2026-04-01T00:00:00Z")), T0));
    s.instances().commit(change("i1", 1, 1).close("w-early").build());
    assertThat(s.workList().find(WorkItemQuery.all(10))).extracting(w -> w.id().value())
        .doesNotContain("w-early");
  }
}
