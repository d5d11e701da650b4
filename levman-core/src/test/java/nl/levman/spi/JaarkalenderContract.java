package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Jaarkalender} must do. An adapter's test extends this class and returns a
 * calendar holding two entries: "review-2026" (supplier-risk-review, 2026-03-01) and "review-2027"
 * (supplier-risk-review, 2027-03-01), both started by "carl".
 */
public abstract class JaarkalenderContract {

  protected abstract Jaarkalender jaarkalender();

  @Test
  void anEntryIsDueFromItsDateOn() {
    assertThat(jaarkalender().dueOnOrBefore(LocalDate.of(2026, 2, 28))).isEmpty();
    assertThat(jaarkalender().dueOnOrBefore(LocalDate.of(2026, 3, 1)))
        .extracting(Jaarkalender.Entry::id).containsExactly("review-2026");
    assertThat(jaarkalender().dueOnOrBefore(LocalDate.of(2027, 6, 1)))
        .extracting(Jaarkalender.Entry::id).containsExactlyInAnyOrder("review-2026", "review-2027");
  }

  @Test
  void anEntryNamesItsProcessAndWhoStartsIt() {
    Jaarkalender.Entry entry = jaarkalender().dueOnOrBefore(LocalDate.of(2026, 3, 1)).get(0);
    assertThat(entry.processKey()).isEqualTo("supplier-risk-review");
    assertThat(entry.startedBy()).isEqualTo("carl");
    assertThat(entry.date()).isEqualTo(LocalDate.of(2026, 3, 1));
  }
}
