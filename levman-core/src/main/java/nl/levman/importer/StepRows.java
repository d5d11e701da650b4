package nl.levman.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.Role;

/**
 * Gives the rows of a step table their meaning, column by column: the step number, the role (with
 * "soms gedelegeerd" as delegation), the Omschrijving, the documents needed and the archive place.
 * Every row is read, so that every problem is reported.
 */
final class StepRows {
  private final String source;
  private final Vocabulary words;
  private final Problems problems;
  private boolean complete = true;

  StepRows(String source, Vocabulary words, Problems problems) {
    this.source = source;
    this.words = words;
    this.problems = problems;
  }

  /** Whether every row became a step (rows of the wrong shape or with a number used before do not). */
  boolean complete() {
    return complete;
  }

  List<TableStep> read(TableText table) {
    Columns.check(table.header(), source, problems);
    if (table.rows().isEmpty()) {
      problems.error(source, table.header().line(), "the table has a header but no steps; " + Columns.SHAPE);
      complete = false;
      return List.of();
    }
    List<TableStep> steps = new ArrayList<>();
    Map<Integer, Integer> lineOf = new HashMap<>();
    List<TableText.Row> rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      TableText.Row row = rows.get(i);
      TableText.Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      if (!checkShape(row, next)) {
        complete = false;
        if (next != null && next.cells().size() + row.cells().size() == 2 * Columns.NAMES.size()) {
          i++;
        }
        continue;
      }
      int number = Integer.parseInt(row.cell(0).flat().replace(".", ""));
      Integer earlier = lineOf.putIfAbsent(number, row.line());
      if (earlier != null) {
        problems.error(source, row.line(), "step " + number + " is written twice (lines " + earlier + " and "
            + row.line() + "); expected one row per step number");
        complete = false;
        continue;
      }
      if (number == 0) {
        problems.error(source, row.line(), "step 0: expected step numbers from 1");
        complete = false;
        continue;
      }
      Optional<TableStep> step = step(number, row);
      step.ifPresent(steps::add);
      complete &= step.isPresent();
    }
    return steps;
  }

  /** A row has its number first and at most five cells; a cell before the next number is out of order. */
  private boolean checkShape(TableText.Row row, TableText.Row next) {
    int extra = row.cells().size() - Columns.NAMES.size();
    if (extra <= 0) {
      return true;
    }
    TableText.Cell stray = row.cells().get(Columns.NAMES.size());
    if (next != null && next.cells().size() + extra == Columns.NAMES.size()) {
      problems.error(source, stray.line(), "cells out of order: '" + Words.brief(stray.flat())
          + "' stands before the step number '" + next.cell(0).flat() + "' (line " + next.line()
          + "); expected each row to start with its step number, then " + String.join(", ", Columns.NAMES.subList(1, 5)));
    } else {
      problems.error(source, stray.line(), "the row of step " + row.cell(0).flat() + " has " + row.cells().size()
          + " cells; expected 5: " + String.join(", ", Columns.NAMES));
    }
    return false;
  }

  private Optional<TableStep> step(int number, TableText.Row row) {
    TableText.Cell roleCell = row.cell(1);
    TableText.Cell text = row.cell(2);
    if (outOfOrder(number, roleCell, text)) {
      return Optional.empty();
    }
    RoleCell role = RoleCell.read(roleCell, words, source, problems);
    Description.Read description = Description.read(text);
    if (description.label().isBlank()) {
      problems.error(source, text.line(), "step " + number + " has no Omschrijving; expected what happens at the step");
      return Optional.empty();
    }
    DocumentCells documents = new DocumentCells(words, source, problems);
    var needs = documents.needs(row.cell(3));
    var archive = documents.archive(row.cell(4));
    return Optional.of(new TableStep(number, row.line(), role.role(), role.alternates(), role.delegable(),
        description, needs, archive.place(), archive.documents()));
  }

  /** The Verantwoordelijke and Omschrijving cells swapped: a description where the role stands, a role word after it. */
  private boolean outOfOrder(int number, TableText.Cell role, TableText.Cell text) {
    Optional<Role> asRole = words.roleNamed(text.flat());
    if (asRole.isPresent() && words.roleNamed(RoleCell.withoutRemarks(role.flat())).isEmpty() && !role.isBlank()) {
      problems.error(source, role.line(), "cells out of order in step " + number + ": the Verantwoordelijke cell holds '"
          + Words.brief(role.flat()) + "' and the Omschrijving cell '" + Words.brief(text.flat())
          + "'; expected the role first, then the description");
      return true;
    }
    return false;
  }
}
