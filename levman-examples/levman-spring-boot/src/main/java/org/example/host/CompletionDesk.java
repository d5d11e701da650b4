package org.example.host;

import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.LevmanEngine;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.WorkItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The host's own record of a completion and Levman's completion of the step, in one transaction:
 * both are committed, or neither (a refused completion rolls the host's row back too).
 */
@Service
class CompletionDesk {
  private final LevmanEngine levman;
  private final JdbcClient db;

  CompletionDesk(LevmanEngine levman, JdbcClient db) {
    this.levman = levman;
    this.db = db;
  }

  @Transactional
  public CommandResult complete(CommandId command, String instance, String item, String person,
      Optional<String> outcome, Optional<String> note) {
    db.sql("INSERT INTO host_completion (work_item, person, note) VALUES (?, ?, ?)")
        .params(item, person, note.orElse("")).update();
    CompleteStep.Builder step = CompleteStep.of(command, InstanceId.of(instance), WorkItemId.of(item),
        PersonId.of(person));
    outcome.ifPresent(step::outcome);
    note.ifPresent(step::note);
    CommandResult result = levman.complete(step.build());
    if (!result.accepted()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }
    return result;
  }
}
