package nl.levman.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import java.util.Map;
import nl.levman.model.AccessRejection;
import nl.levman.model.DocumentType;
import nl.levman.model.InputRejection;
import nl.levman.model.LevmanException;
import nl.levman.model.Subject;
import nl.levman.model.InstanceState;
import nl.levman.model.OpenStep;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
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
  record Actor(PersonId person, Role role, Optional<PersonId> onBehalfOf) {}

  /**
   * The scope a role is held for at a position: its supplier, its service, or the organisation. In
   * a process about several suppliers (the risk review) a service-scoped role is held per supplier:
   * the service owner of that supplier's service. The definition's verifier guarantees that the
   * position knows the subject its roles need.
   */
  static Scope scopeOf(Role role, InstanceState state, Map<String, String> subjects) {
    Optional<String> supplier = Optional.ofNullable(subjects.get(Subject.SUPPLIER.word()))
        .or(() -> state.context().supplier());
    switch (role.scope()) {
      case SUPPLIER:
        return Scope.supplier(supplier.orElseThrow(() -> unknownSubject(role, state)));
      case SERVICE:
        return Optional.ofNullable(subjects.get(Subject.SERVICE.word()))
            .or(() -> state.context().service()).map(Scope::service)
            .or(() -> supplier.map(Scope::supplier))
            .orElseThrow(() -> unknownSubject(role, state));
      default:
        return Scope.organisation();
    }
  }

  private static LevmanException unknownSubject(Role role, InstanceState state) {
    return new LevmanException("instance " + state.id() + " does not say for which "
        + role.scope().name().toLowerCase() + " role " + role.code() + " is held");
  }

  /** The person holds one of the step's roles directly, by assignment, or by an active delegation. */
  static Optional<Actor> actor(Step step, PersonId person, InstanceState state,
      Map<String, String> subjects, Directory directory, LocalDate today) {
    for (Role role : step.roles()) {
      Scope scope = scopeOf(role, state, subjects);
      if (holds(person, role, scope, state, directory)) {
        return Optional.of(new Actor(person, role, Optional.empty()));
      }
      if (step.delegable()) {
        for (Directory.Delegation d : directory.delegationsTo(person, today)) {
          if (d.role().equals(role.code()) && d.scope().equals(scope) && d.activeOn(today)
              && holds(d.from(), role, scope, state, directory)) {
            return Optional.of(new Actor(person, role, Optional.of(d.from())));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Roles come from the directory only: the people a start context names per role are an assignee
   * hint, never a grant.
   */
  private static boolean holds(PersonId person, Role role, Scope scope, InstanceState state,
      Directory directory) {
    return directory.holds(person, role.code(), scope);
  }

  /**
   * Who may start a process: a holder of a role of its start step (SLM for service level
   * management, the coordinating CM for a risk review) for the scope the start context names, in
   * the directory, or a delegate of one where the step is delegable. A start step without a role
   * passes on by itself; such a process can be started by anyone the host lets call start.
   */
  static Optional<Rejection> starter(ProcessDefinition d, PersonId person, ProcessContext context,
      Directory directory, LocalDate today) {
    Step step = d.startStep();
    if (step.roles().isEmpty()) {
      return Optional.empty();
    }
    String scopes = "";
    for (Role role : step.roles()) {
      Optional<Scope> scope = scopeAtStart(role, context);
      if (scope.isEmpty()) {
        continue;
      }
      scopes = scope.get().toString();
      if (directory.holds(person, role.code(), scope.get())) {
        return Optional.empty();
      }
      if (step.delegable()) {
        for (Directory.Delegation del : directory.delegationsTo(person, today)) {
          if (del.role().equals(role.code()) && del.scope().equals(scope.get()) && del.activeOn(today)
              && directory.holds(del.from(), role.code(), scope.get())) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.of(new AccessRejection.RoleNotHeld(person.value(),
        step.roles().stream().map(Role::code).toList(), scopes.isEmpty() ? "(no scope given)" : scopes,
        step.number()));
  }

  /** Whether the start context names the scope of every role of the start step. */
  static boolean scopeGiven(ProcessDefinition d, ProcessContext context) {
    return d.startStep().roles().stream().allMatch(role -> scopeAtStart(role, context).isPresent());
  }

  /** The scope a role is held for in a new instance, from its start context. */
  private static Optional<Scope> scopeAtStart(Role role, ProcessContext context) {
    switch (role.scope()) {
      case SUPPLIER:
        return context.supplier().map(Scope::supplier);
      case SERVICE:
        return context.service().map(Scope::service).or(() -> context.supplier().map(Scope::supplier));
      default:
        return Optional.of(Scope.organisation());
    }
  }

  static Rejection roleNotHeld(Step step, PersonId person, InstanceState state,
      Map<String, String> subjects) {
    Role role = step.role().orElseThrow();
    return new AccessRejection.RoleNotHeld(person.value(),
        step.roles().stream().map(Role::code).toList(),
        scopeOf(role, state, subjects).toString(), step.number());
  }

  static Optional<Rejection> outcome(Step step, Optional<String> outcome) {
    List<String> allowed = step.outcomes();
    if (allowed.isEmpty()) {
      return outcome.map(o -> new InputRejection.UnknownOutcome(step.number(), o, allowed));
    }
    if (outcome.isEmpty()) {
      return Optional.of(new InputRejection.OutcomeMissing(step.number(), allowed));
    }
    return allowed.contains(outcome.get())
        ? Optional.empty()
        : Optional.of(new InputRejection.UnknownOutcome(step.number(), outcome.get(), allowed));
  }

  static Optional<Rejection> documents(ProcessDefinition definition, Step step,
      List<DocumentInput> presented, InstanceState state) {
    for (DocumentInput d : presented) {
      if (definition.document(d.type()).isEmpty()) {
        return Optional.of(new InputRejection.UnknownDocumentType(step.number(), d.type()));
      }
      Optional<String> badName = nl.levman.spi.DocumentName.problem(d.fileName());
      if (badName.isPresent()) {
        return Optional.of(new InputRejection.DocumentNameInvalid(step.number(), d.type(),
            d.fileName(), badName.get()));
      }
    }
    Set<String> types = presented.stream().map(DocumentInput::type).collect(Collectors.toSet());
    for (DocumentType needed : step.needs()) {
      if (!types.contains(needed.code()) && !state.documents().containsKey(needed.code())) {
        return Optional.of(new InputRejection.DocumentMissing(step.number(), needed.code(), needed.nameNl()));
      }
    }
    List<DocumentType> presentNow = new java.util.ArrayList<>(step.archives());
    step.behaviour().ifPresent(b -> presentNow.addAll(b.reads()));
    for (DocumentType archived : presentNow) {
      if (!types.contains(archived.code())) {
        return Optional.of(new InputRejection.DocumentMissing(step.number(), archived.code(), archived.nameNl()));
      }
    }
    return Optional.empty();
  }

  /** Only the fields the step's behaviour reads may be given. */
  static Optional<Rejection> fields(Step step, Map<String, String> fields) {
    List<String> known = step.behaviour().map(b -> b.fields()).orElse(List.of());
    return fields.keySet().stream().sorted().filter(f -> !known.contains(f)).findFirst()
        .map(f -> new InputRejection.UnknownField(step.number(), f, known));
  }

  /** A fan-out needs its item list declared (it may be empty); items must be distinct. */
  static Optional<Rejection> declarations(ProcessDefinition definition, Step step, CompleteStep c,
      OpenStep at, InstanceState state) {
    for (var e : new java.util.TreeMap<>(c.declares()).entrySet()) {
      if (!definition.itemKinds().contains(e.getKey())) {
        return Optional.of(new InputRejection.UnknownItemKind(step.number(), e.getKey(),
            definition.key()));
      }
      if (e.getValue().stream().distinct().count() != e.getValue().size()) {
        return Optional.of(new InputRejection.ItemListInvalid(step.number(), e.getKey(),
            "names an item twice: " + e.getValue()));
      }
      if (e.getValue().stream().anyMatch(String::isBlank)) {
        return Optional.of(new InputRejection.ItemListInvalid(step.number(), e.getKey(),
            "holds an empty item"));
      }
    }
    if (step.wayOn() instanceof WayOn.ForEach f) {
      String key = InstanceState.listKey(f.itemKind(), at.subjects());
      if (!c.declares().containsKey(f.itemKind()) && !state.declared().containsKey(key)) {
        return Optional.of(new InputRejection.ItemListMissing(step.number(), f.itemKind()));
      }
    }
    return Optional.empty();
  }
}
