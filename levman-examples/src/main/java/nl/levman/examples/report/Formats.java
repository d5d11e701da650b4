package nl.levman.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Dates, periods and measured values as the report's reader writes them, in the labels' language. */
final class Formats {
  private final Labels labels;
  private final ZoneId zone;
  private final DateTimeFormatter day;

  Formats(Labels labels, ZoneId zone) {
    this.labels = labels;
    this.zone = zone;
    this.day = DateTimeFormatter.ofPattern("d MMM yyyy", labels.locale());
  }

  Labels labels() {
    return labels;
  }

  String word(String key) {
    return labels.get(key);
  }

  /** A label with values filled in, such as "escalatie niveau 1: …". */
  String word(String key, Object... values) {
    return String.format(labels.locale(), labels.get(key), values);
  }

  String day(LocalDate date) {
    return day.format(date);
  }

  String day(Instant at) {
    return day(LocalDate.ofInstant(at, zone));
  }

  String day(Optional<Instant> at) {
    return at.map(this::day).orElse("\u2014");
  }

  /**
   * The last day to do something due at this instant: a due date at midnight (as the engine sets
   * one: the start of the day after the delivery days) is the day before.
   */
  String deadline(Instant due) {
    java.time.ZonedDateTime at = due.atZone(zone);
    return day(at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().minusDays(1) : at.toLocalDate());
  }

  String deadline(Optional<Instant> due) {
    return due.map(this::deadline).orElse("\u2014");
  }

  /** A term from its first to its last day (the term's end is the day after its last). */
  String term(nl.levman.model.Term term) {
    return day(term.start()) + " \u2013 " + day(term.end().minusDays(1));
  }

  /** A reporting period as it is named on the charts' axes: the month it starts, "2026-05". */
  static String period(LocalDate from) {
    return from.toString().substring(0, 7);
  }

  /** A measured value with the KPI's decimals and unit: "99,80%", "5,3 h". */
  String value(BigDecimal value, int precision, String unit) {
    NumberFormat f = NumberFormat.getNumberInstance(labels.locale());
    f.setMinimumFractionDigits(precision);
    f.setMaximumFractionDigits(precision);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String number = f.format(value);
    if (unit.isEmpty()) {
      return number;
    }
    return unit.equals("%") ? number + "%" : number + "\u00a0" + unit;
  }

  String yesNo(boolean yes) {
    return labels.get(yes ? "word.yes" : "word.no");
  }
}
