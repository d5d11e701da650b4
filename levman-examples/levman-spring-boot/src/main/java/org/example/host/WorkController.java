package org.example.host;

import java.security.Principal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.levman.api.CommandResult;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.WorkQuery;
import nl.levman.handbook.Handbook;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Term;
import nl.levman.spi.Agreements;
import nl.levman.spring.LevmanProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Start Service Level Management for an SLA, list my work, complete a step: always as myself. */
@RestController
@RequestMapping("/api")
class WorkController {
  private final LevmanEngine levman;
  private final Agreements contractRegister;
  private final CompletionDesk desk;

  WorkController(LevmanEngine levman, Agreements contractRegister, CompletionDesk desk) {
    this.levman = levman;
    this.contractRegister = contractRegister;
    this.desk = desk;
  }

  /** A request names no person: an unknown field (such as "by") is refused, see application.properties. */
  record Start(String instance, String sla, boolean dapWanted) {}

  record Completion(String instance, Optional<String> outcome, Optional<String> note) {}

  record Work(String item, String instance, int step, String label, List<String> outcomes) {}

  @PostMapping("/instances")
  ResponseEntity<Object> start(@RequestBody Start start, Principal me,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    var sla = contractRegister.sla(start.sla()).orElseThrow();
    var context = new ProcessContext(Optional.of(sla.supplier()), Optional.of(sla.id()),
        Optional.of(sla.service()), Map.of(Handbook.DAP_WANTED, start.dapWanted()), Map.of(),
        Optional.of(new Term(sla.start(), sla.end(), Period.ofMonths(1), 10, sla.renewalDecisionDue())),
        Map.of());
    CommandResult result = levman.start(new StartProcess(commandId(key), InstanceId.of(start.instance()),
        Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of(me.getName()), context));
    return LevmanProblems.respond(result, accepted -> Map.of("instance", start.instance()));
  }

  @GetMapping("/work")
  List<Work> work(Principal me) {
    return levman.workList(WorkQuery.all().person(PersonId.of(me.getName()))).stream()
        .map(w -> new Work(w.id().value(), w.instance().value(), w.step(), w.labelEn(), w.outcomes()))
        .toList();
  }

  @PostMapping("/work/{item}/completion")
  ResponseEntity<Object> complete(@PathVariable String item, @RequestBody Completion completion,
      Principal me, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    CommandResult result = desk.complete(commandId(key), completion.instance(), item, me.getName(),
        completion.outcome(), completion.note());
    return LevmanProblems.respond(result, accepted -> Map.of("opened",
        accepted.opened().stream().map(w -> w.id().value()).toList()));
  }

  private static CommandId commandId(String key) {
    return CommandId.of(key != null ? key : UUID.randomUUID().toString());
  }
}
