package nl.levman.examples.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.levman.examples.scenario.Scenario.Command;
import nl.levman.examples.scenario.Scenario.Expecting;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import nl.levman.spi.DocumentName;

/**
 * Reads a scenario file strictly: every key known, every value of its type, dates and periods
 * valid, time never moving backwards, rejection codes known. Anything else is a {@link
 * ScenarioException} naming the path, before any command runs.
 */
final class ScenarioReader {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** Deeper than any scenario needs; a deeper file is refused, not walked. */
  static final int MAX_DEPTH = 32;
  static final int CURRENT_FORMAT = 2;
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());
  private static final Set<String> ROOT = Set.of("format", "process", "definition", "instance", "clock", "people",
      "delegations", "start", "commands", "sla", "mandaatlijst", "riskTemplate", "ranking", "jaarkalender");
  private static final Set<String> START = Set.of("by", "supplier", "contract", "service", "flags", "term", "id",
      "expectRejected", "expectRepeated");
  private static final Set<String> START_COMMAND = Set.of("process", "instance", "by", "supplier", "contract",
      "service", "flags", "term", "id");
  private static final Set<String> COMPLETE = Set.of("complete", "instance", "id", "by", "where", "outcome",
      "documents", "declares", "facts", "note", "expectRejected", "expectRepeated");
  private static final Set<String> RAISE = Set.of("raise", "instance", "id", "by", "reason", "expectRejected",
      "expectRepeated");
  private static final List<String> ACTIONS = List.of("complete", "raise", "start", "advance", "at", "expect");

  private final Rejections codes;
  private Instant now;

  ScenarioReader(Rejections codes) {
    this.codes = codes;
  }

  /** The JSON tree of a file, or a line naming where the JSON is broken. */
  static JsonNode tree(String text, String file) {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new ScenarioException(file + ": the file is empty; a scenario is a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = e.getOriginalMessage().split("\n")[0];
      if (message.contains("Document nesting depth")) {
        message = "nested deeper than " + MAX_DEPTH + " levels";
      }
      throw new ScenarioException(file + (where == null ? "" : " line " + where.getLineNr() + ", column "
          + where.getColumnNr()) + ": " + message);
    }
  }

  Scenario read(JsonNode json) {
    Node root = Node.root(json).object("a scenario", ROOT);
    int format = root.optWhole("format", 1).orElse(1);
    if (format > CURRENT_FORMAT) {
      throw root.at("format").fail("this runner reads formats 1 and 2, not " + format);
    }
    Optional<Scenario.Imported> definition = Optional.empty();
    if (root.has("definition")) {
      Node d = root.at("definition").object("the imported definition", Set.of("table", "overlay"));
      definition = Optional.of(new Scenario.Imported(d.text("table"), d.optText("overlay")));
    }
    if (!root.has("process") && definition.isEmpty()) {
      throw root.fail("'process' is missing");
    }
    String instance = instance(root, "instance");
    if (!root.has("clock")) {
      throw root.fail("'clock' is missing");
    }
    now = instant(root.at("clock"));
    List<Scenario.Grant> people = root.list("people").stream().map(p -> {
      p.object("a person's role", Set.of("person", "role", "scope"));
      return new Scenario.Grant(person(p, "person"), p.text("role"), scope(p, "scope"));
    }).toList();
    List<Scenario.Delegation> delegations = root.list("delegations").stream().map(this::delegation).toList();
    Optional<Scenario.Start> start = Optional.empty();
    if (root.has("start")) {
      Node s = root.at("start").object("the start", START);
      start = Optional.of(start(s, root.optText("process").orElse(""), instance, expecting(s)));
    } else if (format == 1) {
      throw root.fail("'start' is missing");
    }
    Scenario.Declared declared = new Declarations(format).read(root, start);
    start = start.map(s -> withTermOfSla(s, declared));
    if (!root.has("commands")) {
      throw root.fail("'commands' is missing");
    }
    if (!root.at("commands").json().isArray()) {
      throw root.at("commands").fail("must be a list, not " + Node.shown(root.at("commands").json()));
    }
    List<Command> commands = root.list("commands").stream().map(this::command).toList();
    return new Scenario(format, root.optText("process"), definition, instance, instant(root.at("clock")), people,
        delegations, start, declared, commands);
  }

  private Scenario.Delegation delegation(Node d) {
    d.object("a delegation", Set.of("from", "to", "role", "scope", "start", "end"));
    LocalDate start = date(d, "start");
    LocalDate end = date(d, "end");
    if (end.isBefore(start)) {
      throw d.at("end").fail("the delegation ends (" + end + ") before it starts (" + start + ")");
    }
    return new Scenario.Delegation(person(d, "from"), person(d, "to"), d.text("role"),
        scope(d, "scope"), start, end);
  }

  /** A start without a term runs on the term of the SLA it names, when the scenario declares it. */
  private static Scenario.Start withTermOfSla(Scenario.Start s, Scenario.Declared declared) {
    ProcessContext c = s.context();
    if (c.term().isPresent() || c.contract().isEmpty()) {
      return s;
    }
    return declared.slas().stream().filter(a -> a.id().equals(c.contract().get())).findFirst()
        .map(a -> new Scenario.Start(s.at(), s.process(), s.instance(), s.by(), new ProcessContext(c.supplier(),
            c.contract(), c.service(), c.flags(), c.people(), Optional.of(a.term()), c.attributes()), s.id(),
            s.expecting()))
        .orElse(s);
  }

  private Scenario.Start start(Node s, String process, String instance, Expecting expecting) {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    s.members("flags").forEach((name, value) -> flags.put(name, value.json().isBoolean() ? value.json().asBoolean()
        : failBool(value)));
    Optional<Term> term = Optional.empty();
    if (s.has("term")) {
      term = Optional.of(term(s.at("term")));
    }
    ProcessContext context = new ProcessContext(s.optText("supplier"), s.optText("contract"), s.optText("service"),
        flags, Map.of(), term, Map.of());
    return new Scenario.Start(s.path(), process, instance, person(s, "by"), context, commandId(s), expecting);
  }

  private static boolean failBool(Node n) {
    throw n.fail("must be true or false, not " + Node.shown(n.json()));
  }

  private Term term(Node t) {
    t.object("a term", Set.of("start", "end", "reportingPeriod", "deliveryDays", "renewalDue"));
    LocalDate start = date(t, "start");
    LocalDate end = date(t, "end");
    if (!end.isAfter(start)) {
      throw t.at("end").fail("the term ends (" + end + ") before or when it starts (" + start + ")");
    }
    Period every = t.has("reportingPeriod") ? period(t.at("reportingPeriod")) : Period.ofMonths(1);
    int deliveryDays = t.optWhole("deliveryDays", 0).orElse(10);
    return new Term(start, end, every, deliveryDays, date(t, "renewalDue"));
  }

  private Command command(Node c) {
    if (!c.json().isObject()) {
      throw c.fail("a command is an object with one of " + String.join(", ", ACTIONS));
    }
    List<String> actions = ACTIONS.stream().filter(c::has).toList();
    if (actions.size() != 1) {
      throw c.fail(actions.isEmpty() ? "a command is one of " + String.join(", ", ACTIONS) + unknownKeys(c)
          : "a command does one thing, not " + String.join(" and ", actions));
    }
    switch (actions.get(0)) {
      case "complete" -> {
        c.object("a completion", COMPLETE);
        Map<String, String> where = new LinkedHashMap<>();
        c.members("where").forEach((kind, value) -> where.put(kind, value.text()));
        Map<String, List<String>> declares = new LinkedHashMap<>();
        c.members("declares").forEach((kind, value) -> {
          if (!value.json().isArray()) {
            throw value.fail("must be a list of items, not " + Node.shown(value.json()));
          }
          declares.put(kind, c.at("declares").texts(kind));
        });
        Map<String, String> facts = new LinkedHashMap<>();
        c.members("facts").forEach((name, value) -> facts.put(name, value.json().isContainerNode()
            ? value.json().toString() : value.json().isTextual() ? value.json().asText() : scalar(value)));
        return new Scenario.Complete(c.path(), optInstance(c), commandId(c), c.whole("complete", 1), person(c, "by"),
            where, c.optText("outcome"), c.list("documents").stream().map(ScenarioReader::document).toList(),
            declares, facts, c.optText("note"), expecting(c));
      }
      case "raise" -> {
        c.object("a raised step", RAISE);
        return new Scenario.Raise(c.path(), optInstance(c), commandId(c), c.whole("raise", 1), person(c, "by"),
            c.text("reason"), expecting(c));
      }
      case "start" -> {
        c.object("a start", Set.of("start", "expectRejected", "expectRepeated"));
        Node s = c.at("start").object("the start", START_COMMAND);
        return new Scenario.StartAnother(c.path(), start(s, s.text("process"), instance(s, "instance"), expecting(c)));
      }
      case "advance" -> {
        c.object("a move of the clock", Set.of("advance"));
        Period by = period(c.at("advance"));
        now = now.atZone(ZONE).plus(by).toInstant();
        return new Scenario.Advance(c.path(), by);
      }
      case "at" -> {
        c.object("a move of the clock", Set.of("at"));
        Instant when = instant(c.at("at"));
        if (when.isBefore(now)) {
          throw c.at("at").fail("the clock cannot move backwards, from " + now + " to " + when);
        }
        now = when;
        return new Scenario.At(c.path(), when);
      }
      default -> {
        c.object("an expectation", Set.of("expect"));
        Node e = c.at("expect");
        return new Scenario.Expect(c.path(), optInstance(e), new ExpectationReader().read(e));
      }
    }
  }

  private static String unknownKeys(Node c) {
    List<String> keys = new java.util.ArrayList<>();
    c.json().fieldNames().forEachRemaining(keys::add);
    return keys.isEmpty() ? "" : "; found " + String.join(", ", keys.stream().map(k -> "'" + k + "'").toList());
  }

  private static String scalar(Node n) {
    if (n.json().isNumber() || n.json().isBoolean()) {
      return n.json().asText();
    }
    throw n.fail("must be a text, number, true/false, list or object, not " + Node.shown(n.json()));
  }

  private static Scenario.Document document(Node d) {
    d.object("a document", Set.of("type", "name", "text"));
    String name = d.text("name");
    DocumentName.problem(name).ifPresent(problem -> {
      throw d.at("name").fail(problem);
    });
    Node text = d.at("text");
    String content = !d.has("text") ? "" : text.json().isTextual() ? text.json().asText()
        : text.json().isContainerNode() ? text.json().toString()
        : failText(text);
    return new Scenario.Document(d.text("type"), name, content);
  }

  private static String failText(Node text) {
    throw text.fail("must be a text, or a JSON object or list written as the document, not "
        + Node.shown(text.json()));
  }

  private Expecting expecting(Node c) {
    Optional<String> rejected = c.optText("expectRejected");
    rejected.ifPresent(code -> codes.check(c.at("expectRejected"), code));
    boolean repeated = c.optBool("expectRepeated").orElse(false);
    if (rejected.isPresent() && repeated) {
      throw c.fail("a command is either rejected or repeated, not both");
    }
    return new Expecting(rejected, repeated);
  }

  private static Optional<String> optInstance(Node c) {
    return c.has("instance") ? Optional.of(instance(c, "instance")) : Optional.empty();
  }

  static String instance(Node n, String key) {
    String id = n.text(key);
    try {
      InstanceId.of(id);
    } catch (LevmanException e) {
      throw n.at(key).fail(e.getMessage());
    }
    return id;
  }

  private static String person(Node n, String key) {
    String id = n.text(key);
    try {
      PersonId.of(id);
    } catch (LevmanException e) {
      throw n.at(key).fail(e.getMessage());
    }
    return id;
  }

  private static Optional<String> commandId(Node n) {
    if (!n.has("id")) {
      return Optional.empty();
    }
    String id = n.text("id");
    try {
      CommandId.of(id);
    } catch (LevmanException e) {
      throw n.at("id").fail(e.getMessage());
    }
    return Optional.of(id);
  }

  static LocalDate date(Node n, String key) {
    String text = n.text(key);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw n.at(key).fail("not a date (yyyy-mm-dd): " + text);
    }
  }

  static Optional<LocalDate> optDate(Node n, String key) {
    return n.has(key) ? Optional.of(date(n, key)) : Optional.empty();
  }

  private static Instant instant(Node n) {
    String text = n.text();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atTime(9, 0).atZone(ZONE).toInstant();
      } catch (DateTimeParseException e2) {
        throw n.fail("not a date or date-time: " + text);
      }
    }
  }

  /** A positive period such as P1M or P10D. */
  static Period period(Node n) {
    String text = n.text();
    Period p;
    try {
      p = Period.parse(text);
    } catch (DateTimeParseException e) {
      throw n.fail("not a period such as P1M or P10D: " + text);
    }
    if (p.isZero() || p.isNegative() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
      throw n.fail("a period must be longer than zero, not " + text);
    }
    return p;
  }

  static Scope scope(Node parent, String key) {
    String text = parent.text(key);
    Node n = parent.at(key);
    if (text.equals("organisation")) {
      return Scope.organisation();
    }
    String[] parts = text.split(":", 2);
    if (parts.length != 2 || parts[1].isBlank() || !(parts[0].equals("supplier") || parts[0].equals("service"))) {
      throw n.fail("a scope is organisation, supplier:<id> or service:<id>, not '" + text + "'");
    }
    return new Scope(parts[0].equals("supplier") ? RoleScope.SUPPLIER : RoleScope.SERVICE, parts[1]);
  }
}
