package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain-text table the commands print. */
class CliTextTableTest {
  @Test
  void wrapsAtSpacesAndBreaksWordsLongerThanTheColumn() {
    assertThat(TextTable.wrap("De Leverancier beoordeelt de DAP.\nAkkoord → naar stap 6", 14))
        .containsExactly("De Leverancier", "beoordeelt de", "DAP.", "Akkoord → naar", "stap 6");
    assertThat(TextTable.wrap("Contractregister", 6)).containsExactly("Contra", "ctregi", "ster");
    assertThat(TextTable.wrap("", 6)).containsExactly("");
  }

  @Test
  void cutsToOneLineWithAnEllipsis() {
    assertThat(TextTable.cut("proposal=ja;\nreasons=every KPI is met", 20)).isEqualTo("proposal=ja; reason…");
    assertThat(TextTable.cut("short", 20)).isEqualTo("short");
  }

  @Test
  void shrinksTheWidestColumnsFirst() {
    String table = new TextTable().column("a", 1, 10).column("b", 5, 100)
        .row("one", "x".repeat(100)).truncated(40);
    assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    assertThat(table.lines().toList().get(2)).startsWith("one  xxx").endsWith("x…");
  }
}
