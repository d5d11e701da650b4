package nl.levman.engine;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.json.Json;
import nl.levman.json.RecordCodec;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceState;
import nl.levman.model.ProcessContext;
import nl.levman.spi.MeetingRequest;
import nl.levman.spi.Notification;
import nl.levman.spi.OutboxMessage;
import nl.levman.spi.RecordedEvent;

/**
 * The side effects of a change as outbox messages, recorded in the same commit: the notifications,
 * the meetings to plan, the linked processes to start. A message's id is stable (instance, the last
 * sequence of its change, its place in the change), so a receiver can deduplicate a repeated
 * delivery by it.
 */
final class SideEffects {
  static final String NOTIFICATION = "notification";
  static final String MEETING = "meeting";
  static final String LINKED_START = "linked-start";

  private static final RecordCodec CODEC = RecordCodec.builder()
      .custom(ZonedDateTime.class, ZonedDateTime::toString, json -> ZonedDateTime.parse((String) json))
      .build();

  private SideEffects() {}

  /** A linked process to start as the system, with the engine's own command id. */
  record LinkedStart(String command, InstanceId instance, String processKey, ProcessContext context) {}

  /**
   * The messages of a change: first the notifications, then the meetings, then the linked starts.
   * They are due at {@code dueAt}: now, or a little later when the command delivers them itself.
   */
  static List<OutboxMessage> of(Transition t, List<RecordedEvent> rows, List<Event> events,
      Instant recordedAt, Instant dueAt) {
    InstanceState state = t.state();
    long last = rows.get(rows.size() - 1).sequence();
    List<OutboxMessage> messages = new ArrayList<>();
    for (Notification n : Views.notifications(t.definition, state, rows, events)) {
      long sequence = Long.parseLong(n.details().get("sequence"));
      String id = id(state.id(), last, messages.size());
      Map<String, String> details = new LinkedHashMap<>(n.details());
      details.put("delivery", id);
      Notification withId = new Notification(n.kind(), n.instance(), n.processKey(), n.step(),
          n.message(), n.at(), details);
      messages.add(message(id, state.id(), sequence, NOTIFICATION, withId, recordedAt, dueAt));
    }
    for (MeetingRequest m : t.meetings()) {
      messages.add(message(id(state.id(), last, messages.size()), state.id(), rows.get(0).sequence(),
          MEETING, m, recordedAt, dueAt));
    }
    for (int n = 0; n < events.size(); n++) {
      if (events.get(n) instanceof Event.ProcessLinked link && link.started().isPresent()) {
        LinkedStart start = new LinkedStart("link:" + state.id().value() + ":" + link.step(),
            link.started().get(), link.processKey(), linkedContext(state.context(), state.id()));
        messages.add(message(id(state.id(), last, messages.size()), state.id(), rows.get(n).sequence(),
            LINKED_START, start, recordedAt, dueAt));
      }
    }
    return messages;
  }

  private static ProcessContext linkedContext(ProcessContext c, InstanceId from) {
    Map<String, String> attributes = new LinkedHashMap<>(c.attributes());
    attributes.put("linkedFrom", from.value());
    return new ProcessContext(c.supplier(), c.contract(), c.service(), c.flags(), c.people(),
        c.term(), attributes);
  }

  private static String id(InstanceId instance, long lastSequence, int index) {
    return instance.value() + "/" + String.format("%010d/%03d", lastSequence, index);
  }

  private static OutboxMessage message(String id, InstanceId instance, long sequence, String kind,
      Record payload, Instant recordedAt, Instant dueAt) {
    Map<String, Object> tree;
    if (payload instanceof LinkedStart s) {
      tree = new LinkedHashMap<>();
      tree.put("command", s.command());
      tree.put("instance", s.instance().value());
      tree.put("processKey", s.processKey());
      tree.put("context", CODEC.encode(s.context()));
    } else {
      tree = CODEC.encode(payload);
    }
    return new OutboxMessage(id, instance, sequence, kind, Json.write(tree), recordedAt, 0, dueAt,
        Optional.empty());
  }

  static <T> T payload(Class<T> type, OutboxMessage m) {
    return CODEC.decode(type, Json.parseObject(m.payload()));
  }

  @SuppressWarnings("unchecked")
  static LinkedStart linkedStart(OutboxMessage m) {
    Map<String, Object> tree = Json.parseObject(m.payload());
    return new LinkedStart((String) tree.get("command"), InstanceId.of((String) tree.get("instance")),
        (String) tree.get("processKey"),
        CODEC.decode(ProcessContext.class, (Map<String, Object>) tree.get("context")));
  }
}
