package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * What an instance is about, given when it starts: the supplier, the contract or SLA, the
 * service, the flags known at start (such as {@code dap-wanted}), the people suggested per role for
 * this instance (role code to person), the term for a periodic cycle, and free attributes the host
 * keeps with it.
 *
 * <p>{@code people} is a hint, never a grant: it names the assignee shown on a work item (and found
 * by the work list's person query) and the attendee of a planned meeting. Who may start the
 * instance or act at a step is decided by the {@code Directory} alone.
 */
public record ProcessContext(
    Optional<String> supplier,
    Optional<String> contract,
    Optional<String> service,
    Map<String, Boolean> flags,
    Map<String, PersonId> people,
    Optional<Term> term,
    Map<String, String> attributes) {

  public ProcessContext {
    requireNonNull(supplier, "supplier");
    requireNonNull(contract, "contract");
    requireNonNull(service, "service");
    flags = Map.copyOf(flags);
    people = Map.copyOf(people);
    requireNonNull(term, "term");
    attributes = Map.copyOf(attributes);
  }

  public static ProcessContext empty() {
    return new ProcessContext(
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), Optional.empty(),
        Map.of());
  }

  /** The context with these free attributes. */
  public ProcessContext withAttributes(Map<String, String> more) {
    return new ProcessContext(supplier, contract, service, flags, people, term, more);
  }

  /** The supplier, contract or service the instance is about, if given. */
  public Optional<String> subject(Subject subject) {
    return switch (subject) {
      case SUPPLIER -> supplier;
      case CONTRACT -> contract;
      case SERVICE -> service;
    };
  }

  public boolean flag(String name) {
    return flags.getOrDefault(name, false);
  }

  /** The dossier documents are archived under: the contract, else the instance's own id. */
  public String dossier(InstanceId instance) {
    return contract.orElse(instance.value());
  }
}
