package nl.levman.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.levman.json.Json;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Term;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;

/** Encodes events as a type name and a canonical JSON payload, and back. */
final class EventCodec {
  private EventCodec() {}

  static String type(Event event) {
    return event.getClass().getSimpleName();
  }

  static String payload(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (e instanceof Event.ProcessStarted s) {
      m.put("processKey", s.processKey());
      m.put("definitionVersion", s.definitionVersion());
      m.put("context", context(s.context()));
    } else if (e instanceof Event.StepOpened s) {
      m.put("item", s.item().value());
      m.put("step", s.step());
      m.put("fork", s.fork().map(WorkItemId::value).orElse(null));
      m.put("subjects", new TreeMap<>(s.subjects()));
      m.put("period", s.period());
      m.put("due", s.due().map(Instant::toString).orElse(null));
      m.put("reason", s.reason().orElse(null));
    } else if (e instanceof Event.StepCompleted s) {
      m.put("item", s.item().value());
      m.put("step", s.step());
      m.put("by", s.by().value());
      m.put("role", s.role());
      m.put("onBehalfOf", s.onBehalfOf().map(PersonId::value).orElse(null));
      m.put("outcome", s.outcome().orElse(null));
      List<Object> docs = new ArrayList<>();
      for (DocumentRecord d : s.documents()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", d.type());
        doc.put("name", d.name());
        doc.put("sha256", d.sha256());
        doc.put("size", d.size());
        doc.put("archivedAs", d.archivedAs().orElse(null));
        docs.add(doc);
      }
      m.put("documents", docs);
      m.put("declared", new TreeMap<>(s.declared()));
      m.put("facts", new TreeMap<>(s.facts()));
      m.put("note", s.note().orElse(null));
    } else if (e instanceof Event.Forked s) {
      m.put("fork", s.fork().value());
      m.put("step", s.step());
      m.put("kind", s.kind());
      m.put("branches", s.branches().stream().map(WorkItemId::value).toList());
      m.put("items", s.items());
      m.put("parent", s.parent().map(WorkItemId::value).orElse(null));
      m.put("subjects", new TreeMap<>(s.subjects()));
      m.put("period", s.period());
    } else if (e instanceof Event.BranchJoined s) {
      m.put("branch", s.branch().value());
      m.put("fork", s.fork().value());
      m.put("leftFor", s.leftFor().orElse(null));
    } else if (e instanceof Event.ForkClosed s) {
      m.put("fork", s.fork().value());
    } else if (e instanceof Event.TimerSet s) {
      m.put("timer", s.timer().value());
      m.put("kind", s.kind());
      m.put("due", s.due().toString());
      m.put("about", s.about().map(WorkItemId::value).orElse(null));
    } else if (e instanceof Event.TimerCleared s) {
      m.put("timer", s.timer().value());
      m.put("fired", s.fired());
    } else if (e instanceof Event.ProcessLinked s) {
      m.put("step", s.step());
      m.put("processKey", s.processKey());
      m.put("started", s.started().map(InstanceId::value).orElse(null));
    } else if (e instanceof Event.SignalRaised s) {
      m.put("signal", s.signal());
      m.put("about", s.about().map(WorkItemId::value).orElse(null));
      m.put("message", s.message());
      m.put("details", new TreeMap<>(s.details()));
    } else if (!(e instanceof Event.ProcessCompleted)) {
      throw new LevmanException("no encoding for event " + e);
    }
    return Json.write(m);
  }

  private static Map<String, Object> context(ProcessContext c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("supplier", c.supplier().orElse(null));
    m.put("contract", c.contract().orElse(null));
    m.put("service", c.service().orElse(null));
    m.put("flags", new TreeMap<>(c.flags()));
    Map<String, Object> people = new TreeMap<>();
    c.people().forEach((role, person) -> people.put(role, person.value()));
    m.put("people", people);
    m.put("term", c.term().map(EventCodec::term).orElse(null));
    m.put("attributes", new TreeMap<>(c.attributes()));
    return m;
  }

  private static Map<String, Object> term(Term t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", t.start().toString());
    m.put("end", t.end().toString());
    m.put("reportingPeriod", t.reportingPeriod().toString());
    m.put("deliveryDays", t.deliveryDays());
    m.put("renewalDue", t.renewalDue().toString());
    return m;
  }

  static Event decode(String type, String payload) {
    Map<String, Object> m = Json.parseObject(payload);
    switch (type) {
      case "ProcessStarted":
        return new Event.ProcessStarted(str(m, "processKey"), num(m, "definitionVersion"),
            contextOf(map(m, "context")));
      case "StepOpened":
        return new Event.StepOpened(new WorkItemId(str(m, "item")), num(m, "step"),
            opt(m, "fork").map(WorkItemId::new), strings(map(m, "subjects")), num(m, "period"),
            opt(m, "due").map(Instant::parse), opt(m, "reason"));
      case "StepCompleted":
        return new Event.StepCompleted(new WorkItemId(str(m, "item")), num(m, "step"),
            new PersonId(str(m, "by")), str(m, "role"), opt(m, "onBehalfOf").map(PersonId::new),
            opt(m, "outcome"), documents(m), lists(map(m, "declared")), strings(map(m, "facts")),
            opt(m, "note"));
      case "Forked":
        return new Event.Forked(new WorkItemId(str(m, "fork")), num(m, "step"), str(m, "kind"),
            list(m, "branches").stream().map(b -> new WorkItemId((String) b)).toList(),
            list(m, "items").stream().map(i -> (String) i).toList(),
            opt(m, "parent").map(WorkItemId::new), strings(map(m, "subjects")), num(m, "period"));
      case "BranchJoined":
        return new Event.BranchJoined(new WorkItemId(str(m, "branch")),
            new WorkItemId(str(m, "fork")),
            Optional.ofNullable((Number) m.get("leftFor")).map(Number::intValue));
      case "ForkClosed":
        return new Event.ForkClosed(new WorkItemId(str(m, "fork")));
      case "TimerSet":
        return new Event.TimerSet(new TimerId(str(m, "timer")), str(m, "kind"),
            Instant.parse(str(m, "due")), opt(m, "about").map(WorkItemId::new));
      case "TimerCleared":
        return new Event.TimerCleared(new TimerId(str(m, "timer")), (Boolean) m.get("fired"));
      case "ProcessLinked":
        return new Event.ProcessLinked(num(m, "step"), str(m, "processKey"),
            opt(m, "started").map(InstanceId::new));
      case "SignalRaised":
        return new Event.SignalRaised(str(m, "signal"), opt(m, "about").map(WorkItemId::new),
            str(m, "message"), strings(map(m, "details")));
      case "ProcessCompleted":
        return new Event.ProcessCompleted();
      default:
        throw new LevmanException("unknown event type '" + type + "'");
    }
  }

  private static ProcessContext contextOf(Map<String, Object> m) {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    map(m, "flags").forEach((k, v) -> flags.put(k, (Boolean) v));
    Map<String, PersonId> people = new LinkedHashMap<>();
    map(m, "people").forEach((k, v) -> people.put(k, new PersonId((String) v)));
    Optional<Term> term = Optional.ofNullable(m.get("term")).map(t -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> tm = (Map<String, Object>) t;
      return new Term(LocalDate.parse(str(tm, "start")), LocalDate.parse(str(tm, "end")),
          Period.parse(str(tm, "reportingPeriod")), num(tm, "deliveryDays"),
          LocalDate.parse(str(tm, "renewalDue")));
    });
    return new ProcessContext(opt(m, "supplier"), opt(m, "contract"), opt(m, "service"), flags,
        people, term, strings(map(m, "attributes")));
  }

  private static List<DocumentRecord> documents(Map<String, Object> m) {
    List<DocumentRecord> docs = new ArrayList<>();
    for (Object o : list(m, "documents")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> d = (Map<String, Object>) o;
      docs.add(new DocumentRecord(str(d, "type"), str(d, "name"), str(d, "sha256"),
          ((Number) d.get("size")).longValue(), opt(d, "archivedAs")));
    }
    return docs;
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String s)) {
      throw new LevmanException("event field '" + key + "' is missing or not text");
    }
    return s;
  }

  private static Optional<String> opt(Map<String, Object> m, String key) {
    return Optional.ofNullable((String) m.get(key));
  }

  private static int num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).intValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? Map.of() : (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? List.of() : (List<Object>) v;
  }

  private static Map<String, String> strings(Map<String, Object> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, (String) v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> lists(Map<String, Object> m) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf((List<String>) v)));
    return out;
  }
}
