package nl.levman.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.Rejections;
import nl.levman.model.DocumentType;
import nl.levman.model.InstanceState;
import nl.levman.model.OpenStep;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Rejection;
import nl.levman.model.Role;
import nl.levman.model.Scope;
import nl.levman.model.Step;
import nl.levman.model.WayOn;
import nl.levman.spi.Directory;

/**
 * The gates every command passes: small policy functions that return the first rejection, with
 * its reason, or nothing.
 */
final class Checks {
  private Checks() {}

  /** Who acts: the person directly, or on behalf of a delegator. */
  record Actor(PersonId person, Optional<PersonId> onBehalfOf) {}

  /**
   * The scope a role is held for at a position: its supplier, its service, or the organisation. In
   * a process about several suppliers (the risk review) a service-scoped role is held per supplier:
   * the service owner of that supplier's service.
   */
  static Scope scopeOf(Role role, InstanceState state, java.util.Map<String, String> subjects) {
    switch (role.scope()) {
      case SUPPLIER:
        return Scope.supplier(Optional.ofNullable(subjects.get("supplier"))
            .or(() -> state.context().supplier()).orElse("unknown"));
      case SERVICE:
        return Optional.ofNullable(subjects.get("service")).or(() -> state.context().service())
            .map(Scope::service)
            .orElseGet(() -> Scope.supplier(Optional.ofNullable(subjects.get("supplier"))
                .or(() -> state.context().supplier()).orElse("unknown")));
      default:
        return Scope.organisation();
    }
  }

  /** The person holds the step's role directly, by assignment, or by an active delegation. */
  static Optional<Actor> actor(Step step, PersonId person, InstanceState state,
      java.util.Map<String, String> subjects, Directory directory, LocalDate today) {
    Role role = step.role().orElseThrow();
    Scope scope = scopeOf(role, state, subjects);
    if (holds(person, role, scope, state, directory)) {
      return Optional.of(new Actor(person, Optional.empty()));
    }
    if (step.delegable()) {
      for (Directory.Delegation d : directory.delegationsTo(person, today)) {
        if (d.role().equals(role.code()) && d.scope().equals(scope) && d.activeOn(today)
            && holds(d.from(), role, scope, state, directory)) {
          return Optional.of(new Actor(person, Optional.of(d.from())));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean holds(PersonId person, Role role, Scope scope, InstanceState state,
      Directory directory) {
    return person.equals(state.context().people().get(role.code()))
        || directory.holds(person, role.code(), scope);
  }

  static Rejection roleNotHeld(Step step, PersonId person, InstanceState state,
      java.util.Map<String, String> subjects) {
    Role role = step.role().orElseThrow();
    return new Rejections.RoleNotHeld(person.value(), role.code(),
        scopeOf(role, state, subjects).toString(), step.number());
  }

  static Optional<Rejection> outcome(Step step, Optional<String> outcome) {
    List<String> allowed = step.outcomes();
    if (allowed.isEmpty()) {
      return outcome.map(o -> new Rejections.UnknownOutcome(step.number(), o, allowed));
    }
    if (outcome.isEmpty()) {
      return Optional.of(new Rejections.OutcomeMissing(step.number(), allowed));
    }
    return allowed.contains(outcome.get())
        ? Optional.empty()
        : Optional.of(new Rejections.UnknownOutcome(step.number(), outcome.get(), allowed));
  }

  static Optional<Rejection> documents(ProcessDefinition definition, Step step,
      List<DocumentInput> presented, InstanceState state) {
    for (DocumentInput d : presented) {
      if (definition.document(d.type()).isEmpty()) {
        return Optional.of(new Rejections.UnknownDocumentType(step.number(), d.type()));
      }
    }
    Set<String> types = presented.stream().map(DocumentInput::type).collect(Collectors.toSet());
    for (DocumentType needed : step.needs()) {
      if (!types.contains(needed.code()) && !state.documents().containsKey(needed.code())) {
        return Optional.of(new Rejections.DocumentMissing(step.number(), needed.code(), needed.nameNl()));
      }
    }
    return Optional.empty();
  }

  /** A fan-out needs its item list declared (it may be empty); items must be distinct. */
  static Optional<Rejection> declarations(ProcessDefinition definition, Step step, CompleteStep c,
      OpenStep at, InstanceState state) {
    for (var e : c.declares().entrySet()) {
      if (!definition.itemKinds().contains(e.getKey())) {
        return Optional.of(new Rejections.InvalidInput(step.number(),
            "'" + e.getKey() + "' is not an item kind of process " + definition.key()));
      }
      if (e.getValue().stream().distinct().count() != e.getValue().size()) {
        return Optional.of(new Rejections.InvalidInput(step.number(),
            "the " + e.getKey() + " list names an item twice: " + e.getValue()));
      }
      if (e.getValue().stream().anyMatch(String::isBlank)) {
        return Optional.of(new Rejections.InvalidInput(step.number(),
            "the " + e.getKey() + " list holds an empty item"));
      }
    }
    if (step.wayOn() instanceof WayOn.ForEach f) {
      String key = InstanceState.listKey(f.itemKind(), at.subjects());
      if (!c.declares().containsKey(f.itemKind()) && !state.declared().containsKey(key)) {
        return Optional.of(new Rejections.InvalidInput(step.number(),
            "step " + step.number() + " fans out per " + f.itemKind()
                + ": declare the " + f.itemKind() + " list (it may be empty)"));
      }
    }
    return Optional.empty();
  }
}
