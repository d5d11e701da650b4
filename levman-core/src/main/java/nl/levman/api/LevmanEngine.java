package nl.levman.api;

import java.util.List;
import java.util.Optional;
import nl.levman.model.InstanceId;

/**
 * What host systems call: start processes, list work, complete and raise steps, read and verify
 * the history, and let time do its part. Built by {@code nl.levman.Levman.builder()}.
 *
 * <p>Every command is checked (role, scope, delegation, open step, outcome, documents) and either
 * takes effect completely or not at all: a refusal is a {@link CommandResult.Rejected} value that
 * names what was wrong. A command id is bound to its command (kind, instance, step or work item,
 * person, content): the same command repeated with the same id by the same person has no second
 * effect and returns the first result; any other command with that id is rejected with {@code
 * CommandIdReused}, which reveals nothing of the first. Ids beginning with {@code timer:}, {@code
 * jaarkalender:}, {@code link:} or {@code levman:} are the engine's own ({@code CommandIdInvalid}).
 * Starting a process needs the role of its start step in the {@code Directory}, for the scope the
 * context names. Thread-safe; several engines (nodes) may share one store.
 */
public interface LevmanEngine {

  CommandResult start(StartProcess command);

  CommandResult complete(CompleteStep command);

  CommandResult raise(RaiseStep command);

  /** Open work items matching the query, due first. */
  List<WorkItem> workList(WorkQuery query);

  Optional<InstanceView> instance(InstanceId id);

  /**
   * Every item of a fan-out kind in an instance, with its open steps, outcomes and declared lists:
   * for a risk review and kind {@code supplier}, the coordinating CM's overview. Items in the order
   * they were first declared.
   */
  List<ItemOverview> overview(InstanceId id, String itemKind);

  /** The instance's history in order, decoded. */
  List<HistoryEntry> history(InstanceId id);

  /**
   * Checks the instance's hash chain: any change, gap or reordering is found. With seals, also
   * checks the history against every seal that covers the instance: records deleted after they were
   * sealed, a sealed record altered or forged with recomputed hashes, the instance deleted.
   */
  Verification verify(InstanceId id);

  /**
   * Audits everything: every instance's hash chain, every archived document the history refers to
   * (present and unchanged), and the archive's documents that nothing refers to.
   */
  AuditReport audit();

  /**
   * Seals the history: reads the head of every instance's history (without replaying it) and
   * appends to the seal store one seal, signed with the host's key, of the heads that moved since
   * the last seal. From then on the records up to those heads are covered: deleting, altering or
   * forging them, or the instance, is found by {@link #audit()} even by someone who can write the
   * database. Returns how many heads the new seal covers; 0 when nothing moved (no seal is
   * written). Safe to call from several nodes: a node that finds its number taken reads the other's
   * seal and seals what is left.
   *
   * @throws nl.levman.model.LevmanException when the engine has no seal store and key
   */
  int seal();

  /**
   * Lets time do its part up to the clock's now: fires the due timers (overdue SLRs, the renewal
   * date, the end of a term), starts what the Jaarkalender has scheduled (as the system), and then
   * {@link #dispatch() dispatches} the outbox. Returns how many timers and calendar entries fired.
   * With a seal interval ({@code Levman.builder().sealEvery(...)}), also seals when the last seal is
   * that old. Safe to call from several nodes at once.
   */
  int runDue();

  /**
   * Delivers the side effects waiting in the outbox that are due (notifications, meeting requests,
   * starts of linked processes): each at least once, under an id that stays the same for every
   * attempt; a failed delivery is retried later with exponential back-off, counted and visible in
   * {@link #health()}. Returns how many were delivered. Safe to call from several nodes at once (a
   * message is claimed by one node for a lease); {@link #runDue()} calls it too. Never throws for a
   * failing receiver.
   */
  int dispatch();

  /**
   * How the engine is doing, cheaply enough for a health endpoint: the store answers, timers
   * overdue, side effects waiting. Never throws: an unreachable store is reported in the result.
   */
  Health health();

  /** The definitions this engine runs. */
  ProcessRegistry processes();
}
