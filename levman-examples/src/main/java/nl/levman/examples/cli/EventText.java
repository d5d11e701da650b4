package nl.levman.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.levman.api.HistoryEntry;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
import nl.levman.model.ProcessContext;

/**
 * How each kind of event reads in {@code levman history}: who (person and role), the step, the
 * outcome, the documents and a short line of details. The only class of the CLI that knows the
 * events' fields; an event it does not know is shown by its type and fields ({@link Values}).
 */
final class EventText {
  /** A single fact or value in the details column is cut to this; the JSON format has it whole. */
  private static final int VALUE = 40;

  private EventText() {}

  /** One record as a row of the history table. */
  record Row(String who, String event, String step, String outcome, String documents, String details) {}

  static Row row(HistoryEntry entry) {
    Event event = entry.event();
    String type = entry.type();
    String actor = entry.actor();
    if (event instanceof Event.ProcessStarted e) {
      return new Row(actor, type, "", "", "", e.processKey() + " v" + e.definitionVersion() + context(e.context()));
    }
    if (event instanceof Event.StepOpened e) {
      List<String> details = new ArrayList<>();
      if (e.period() > 0) {
        details.add("period " + e.period());
      }
      e.due().ifPresent(d -> details.add("due " + Values.day(d)));
      new TreeMap<>(e.subjects()).forEach((k, v) -> details.add(k + " " + v));
      e.reason().ifPresent(details::add);
      return new Row(actor, type, step(e.step()), "", "", String.join(", ", details));
    }
    if (event instanceof Event.StepCompleted e) {
      String who = e.by() + " (" + e.role() + e.onBehalfOf().map(p -> " for " + p).orElse("") + ")";
      List<String> details = new ArrayList<>();
      new TreeMap<>(e.declared()).forEach((k, v) -> details.add(k + ": " + String.join(", ", v)));
      new TreeMap<>(e.fields()).forEach((k, v) -> details.add(k + "=" + TextTable.cut(v, VALUE)));
      e.note().ifPresent(n -> details.add("note: " + n));
      return new Row(who, type, step(e.step()), e.outcome().orElse(""), documents(e.documents()),
          String.join("; ", details));
    }
    if (event instanceof Event.Forked e) {
      String into = e.itemKind().map(k -> k + " ").orElse("split into steps ");
      return new Row(actor, type, step(e.step()), "", "", into + String.join(", ", e.items()));
    }
    if (event instanceof Event.BranchJoined e) {
      return new Row(actor, type, "", "", "", "branch " + e.branch() + " of " + e.fork()
          + e.leftFor().map(s -> ", left for step " + s).orElse(""));
    }
    if (event instanceof Event.ForkClosed e) {
      return new Row(actor, type, "", "", "", "fork " + e.fork());
    }
    if (event instanceof Event.TimerSet e) {
      return new Row(actor, type, "", "", "", e.kind() + ", due " + Values.minute(e.due())
          + e.about().map(a -> ", for " + a).orElse(""));
    }
    if (event instanceof Event.TimerCleared e) {
      return new Row(actor, type, "", e.fired() ? "fired" : "cleared", "", "timer " + e.timer());
    }
    if (event instanceof Event.ProcessLinked e) {
      return new Row(actor, type, step(e.step()), "", "", "→ " + e.processKey()
          + e.started().map(i -> ", instance " + i).orElse(" (not registered; recorded only)"));
    }
    if (event instanceof Event.SignalRaised e) {
      return new Row(actor, type, "", "", "", e.signal() + ": " + e.message());
    }
    if (event instanceof Event.ProcessCompleted) {
      return new Row(actor, type, "", "", "", "");
    }
    return new Row(actor, type, "", "", "", Values.text(event));
  }

  /** One record as JSON data: everything the history holds, optionals absent when empty. */
  static Map<String, Object> json(HistoryEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sequence", entry.sequence());
    json.put("at", entry.at().toString());
    json.put("actor", entry.actor());
    json.put("command", Values.plain(entry.command()));
    json.put("type", entry.type());
    json.put("event", Values.plain(entry.event()));
    json.put("hash", entry.hash());
    return json;
  }

  private static String step(int step) {
    return Integer.toString(step);
  }

  private static String documents(List<DocumentRecord> documents) {
    return String.join(", ", documents.stream().map(DocumentRecord::name).toList());
  }

  private static String context(ProcessContext c) {
    List<String> parts = new ArrayList<>();
    add(parts, "supplier", c.supplier());
    add(parts, "contract", c.contract());
    add(parts, "service", c.service());
    c.term().ifPresent(t -> parts.add("term " + t.start() + " to " + t.end() + ", periods " + t.reportingPeriod()));
    new TreeMap<>(c.flags()).forEach((k, v) -> parts.add(k + "=" + v));
    return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
  }

  private static void add(List<String> parts, String name, Optional<String> value) {
    value.ifPresent(v -> parts.add(name + " " + v));
  }
}
