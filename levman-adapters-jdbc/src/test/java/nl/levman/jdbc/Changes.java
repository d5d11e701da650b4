package nl.levman.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.Timer;

/**
 * Builds the change one command commits, as the engine hands it to the store, for tests that drive
 * the store's ports directly: history rows that continue the instance's hash chain (SHA-256 of the
 * previous hash and the row's fields), work items opened and closed, timers set and cleared. Only
 * the ports' records are used, not the engine's event format.
 */
final class Changes {
  static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");
  static final String GENESIS = "0".repeat(64);

  private final String instance;
  private final long expected;
  private String previousHash;
  private final List<RecordedEvent> events = new ArrayList<>();
  private final List<WorkItemId> closed = new ArrayList<>();
  private final List<StoredWorkItem> opened = new ArrayList<>();
  private final List<Timer> timersSet = new ArrayList<>();
  private final List<TimerId> timersCleared = new ArrayList<>();
  private final String command;
  private Optional<String> fingerprint = Optional.empty();
  private final List<nl.levman.spi.OutboxMessage> outbox = new ArrayList<>();

  private Changes(String instance, long expected, String previousHash, String command) {
    this.instance = instance;
    this.expected = expected;
    this.previousHash = previousHash;
    this.command = command;
  }

  /** The first change of a new instance, by {@code command}. */
  static Changes start(String instance, String command) {
    return new Changes(instance, 0, GENESIS, command);
  }

  /** A change that continues the history whose last row is {@code last}. */
  static Changes after(RecordedEvent last, String command) {
    return new Changes(last.instance().value(), last.sequence(), last.hash(), command);
  }

  /** Appends {@code count} rows to the change; the first row of the change carries the command id. */
  Changes events(int count, String payload) {
    for (int i = 0; i < count; i++) {
      long sequence = expected + events.size() + 1;
      Optional<CommandId> by = events.isEmpty() ? Optional.of(CommandId.of(command)) : Optional.empty();
      Instant at = T0.plusMillis(sequence);
      String hash = hash(previousHash, instance, sequence, at, "ann", by, "step-opened.v1", payload);
      events.add(new RecordedEvent(InstanceId.of(instance), sequence, at, "ann", by, "step-opened.v1", payload,
          previousHash, hash));
      previousHash = hash;
    }
    return this;
  }

  Changes open(String workItem, String supplier) {
    opened.add(new StoredWorkItem(WorkItemId.of(workItem), InstanceId.of(instance), "service-level-management",
        1, 12, "SLM", Optional.of(supplier), Optional.of("hosting"), Optional.empty(), 1,
        Map.of("supplier", supplier), T0, Optional.empty()));
    return this;
  }

  /** Binds the change's command id to a fingerprint. */
  Changes fingerprint(String value) {
    fingerprint = Optional.of(value);
    return this;
  }

  /** A side effect recorded with the change, due at {@code T0}. */
  Changes message(String id) {
    outbox.add(new nl.levman.spi.OutboxMessage(id, InstanceId.of(instance), expected + 1, "notification",
        "{}", T0, 0, T0, Optional.empty()));
    return this;
  }

  Changes close(String workItem) {
    closed.add(WorkItemId.of(workItem));
    return this;
  }

  Changes set(String timer, Instant due) {
    timersSet.add(new Timer(TimerId.of(timer), InstanceId.of(instance), nl.levman.model.TimerKind.PERIOD_OVERDUE, due, Optional.empty()));
    return this;
  }

  Changes clear(String timer) {
    timersCleared.add(TimerId.of(timer));
    return this;
  }

  InstanceChange build() {
    if (events.isEmpty()) {
      events(1, "{}");
    }
    InstanceSummary summary = new InstanceSummary(InstanceId.of(instance), "service-level-management",
        Optional.of("acme"), InstanceStatus.RUNNING, T0, expected + events.size());
    return new InstanceChange(summary, expected, events, closed, opened, timersSet, timersCleared,
        Optional.of(CommandId.of(command)), fingerprint, outbox, Optional.empty());
  }

  static String hash(String previousHash, String instance, long sequence, Instant at, String actor,
      Optional<CommandId> command, String type, String payload) {
    String fields = String.join("\u001f", previousHash, instance, Long.toString(sequence),
        Long.toString(at.toEpochMilli()), actor, command.map(CommandId::value).orElse(""), type, payload);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(fields.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first row where the history's chain breaks (a gap, a wrong link or a wrong hash), if any. */
  static Optional<String> firstBreak(List<RecordedEvent> history) {
    String previous = GENESIS;
    for (int i = 0; i < history.size(); i++) {
      RecordedEvent e = history.get(i);
      if (e.sequence() != i + 1) {
        return Optional.of("row " + (i + 1) + " has sequence " + e.sequence());
      }
      if (!e.previousHash().equals(previous)) {
        return Optional.of("row " + e.sequence() + " does not link to the row before it");
      }
      if (!e.hash().equals(hash(e.previousHash(), e.instance().value(), e.sequence(), e.at(), e.actor(),
          e.command(), e.type(), e.payload()))) {
        return Optional.of("row " + e.sequence() + " does not match its hash");
      }
      previous = e.hash();
    }
    return Optional.empty();
  }
}
