package nl.levman.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.LevmanEngine;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.importer.HandbookImporter;
import nl.levman.importer.ImportResult;
import nl.levman.importer.Vocabulary;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.ProcessContext;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import org.example.contractregister.RenewalOrEndOfContract;

/**
 * Runs a scenario file: starts one instance on a fresh in-memory engine with a virtual clock, then
 * runs its commands in order, printing each result, and checks its expectations. Returns the
 * number of expectations that failed. The format is documented in the README.
 */
public final class ScenarioRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PrintWriter out;
  private int failures;
  private int commands;

  public ScenarioRunner(PrintWriter out) {
    this.out = out;
  }

  public int run(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new ScenarioException(file + " line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ScenarioException("cannot read " + file + ": " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new ScenarioException(file + ": a scenario is a JSON object");
    }
    VirtualClock clock = VirtualClock.at(instant(root, "clock", "clock"));
    InMemoryDirectory directory = new InMemoryDirectory();
    for (int i = 0; i < root.path("people").size(); i++) {
      JsonNode p = root.path("people").get(i);
      directory.grant(text(p, "person", "people[" + i + "]"), text(p, "role", "people[" + i + "]"),
          scope(text(p, "scope", "people[" + i + "]"), "people[" + i + "].scope"));
    }
    for (int i = 0; i < root.path("delegations").size(); i++) {
      JsonNode d = root.path("delegations").get(i);
      String at = "delegations[" + i + "]";
      directory.delegate(text(d, "from", at), text(d, "to", at), text(d, "role", at),
          scope(text(d, "scope", at), at + ".scope"), date(d, "start", at), date(d, "end", at));
    }
    List<ProcessDefinition> definitions = definitions(root.path("definition"), file);
    Levman.Builder builder = Levman.builder().clock(clock).directory(directory);
    definitions.forEach(builder::process);
    LevmanEngine engine = builder.behaviours(FlowOnly.of(definitions.toArray(ProcessDefinition[]::new))).build();
    InstanceId instance = InstanceId.of(text(root, "instance", "instance"));
    String process = root.has("definition") && !root.has("process") ? definitions.get(0).key()
        : text(root, "process", "process");
    report("start " + process, engine.start(new StartProcess(next(), instance, process,
        PersonId.of(text(root.path("start"), "by", "start")), context(root.path("start")))), engine, instance,
        Optional.empty());
    JsonNode list = root.path("commands");
    if (!list.isArray()) {
      throw new ScenarioException(file + ": 'commands' must be a list");
    }
    for (int i = 0; i < list.size(); i++) {
      step(list.get(i), "commands[" + i + "]", engine, clock, instance);
    }
    out.printf("%s: %d command(s), %d failed expectation(s)%n", file.getFileName(), commands, failures);
    out.flush();
    return failures;
  }

  /**
   * The processes the scenario runs on: the Java-built ones, or, when the scenario names a
   * {@code "definition": {"table": …, "overlay": …}} (paths from the scenario's folder), the process
   * imported from that step table first, in place of the built one with its key.
   */
  private static List<ProcessDefinition> definitions(JsonNode definition, Path file) {
    List<ProcessDefinition> built = List.of(ServiceLevelManagement.definition(), SupplierRiskReview.definition(),
        RenewalOrEndOfContract.definition());
    if (definition.isMissingNode()) {
      return built;
    }
    Path folder = file.toAbsolutePath().getParent();
    Path table = folder.resolve(text(definition, "table", "definition"));
    Optional<Path> overlay = definition.hasNonNull("overlay")
        ? Optional.of(folder.resolve(text(definition, "overlay", "definition"))) : Optional.empty();
    ImportResult result = HandbookImporter.of(Vocabulary.handbook()).read(table, overlay);
    if (result instanceof ImportResult.Refused refused) {
      throw new ScenarioException("definition: " + table.getFileName() + " does not import:\n"
          + String.join("\n", refused.problems().stream().map(Object::toString).toList()));
    }
    ProcessDefinition imported = ((ImportResult.Imported) result).definition();
    List<ProcessDefinition> all = new ArrayList<>(List.of(imported));
    built.stream().filter(d -> !d.key().equals(imported.key())).forEach(all::add);
    return all;
  }

  private void step(JsonNode c, String at, LevmanEngine engine, VirtualClock clock, InstanceId instance) {
    Optional<String> rejected = c.has("expectRejected") ? Optional.of(c.get("expectRejected").asText()) : Optional.empty();
    if (c.has("complete")) {
      int step = c.get("complete").asInt();
      WorkItem item = find(engine, instance, step, c.path("where"), at);
      CompleteStep.Builder b = CompleteStep.of(next(), instance, item.id(), PersonId.of(text(c, "by", at)));
      if (c.has("outcome")) {
        b.outcome(c.get("outcome").asText());
      }
      for (int i = 0; i < c.path("documents").size(); i++) {
        JsonNode d = c.path("documents").get(i);
        String where = at + ".documents[" + i + "]";
        b.document(DocumentInput.of(text(d, "type", where), text(d, "name", where), d.path("text").asText("")));
      }
      c.path("declares").properties().forEach(e -> {
        List<String> items = new ArrayList<>();
        e.getValue().forEach(v -> items.add(v.asText()));
        b.declares(e.getKey(), items);
      });
      c.path("facts").properties().forEach(e -> b.field(e.getKey(), e.getValue().asText()));
      report("complete step " + step + " by " + c.get("by").asText() + (c.has("outcome") ? " (" + c.get("outcome").asText() + ")" : ""),
          engine.complete(b.build()), engine, instance, rejected);
    } else if (c.has("raise")) {
      report("raise step " + c.get("raise").asInt(), engine.raise(new RaiseStep(next(), instance,
          c.get("raise").asInt(), PersonId.of(text(c, "by", at)), text(c, "reason", at))), engine, instance, rejected);
    } else if (c.has("advance")) {
      try {
        clock.set(clock.instant().atZone(java.time.ZoneId.of("Europe/Amsterdam"))
            .plus(Period.parse(c.get("advance").asText())).toInstant());
      } catch (java.time.format.DateTimeParseException e) {
        throw new ScenarioException(at + ".advance: not a period such as P1M or P10D: " + c.get("advance").asText());
      }
      out.printf("  time is now %s; %d timer(s) fired%n", clock.instant(), engine.runDue());
    } else if (c.has("at")) {
      clock.set(instant(c, "at", at + ".at"));
      out.printf("  time is now %s; %d timer(s) fired%n", clock.instant(), engine.runDue());
    } else if (c.has("expect")) {
      expect(c.get("expect"), at, engine, instance);
    } else {
      throw new ScenarioException(at + ": a command is one of complete, raise, advance, at, expect");
    }
  }

  private void expect(JsonNode e, String at, LevmanEngine engine, InstanceId instance) {
    var view = engine.instance(instance).orElseThrow();
    if (e.has("open")) {
      List<Integer> wanted = new ArrayList<>();
      e.get("open").forEach(n -> wanted.add(n.asInt()));
      List<Integer> open = view.open().stream().map(WorkItem::step).sorted().toList();
      check(open.equals(wanted.stream().sorted().toList()), "open steps " + open, "expected " + wanted + " at " + at);
    }
    if (e.has("status")) {
      check(view.status().name().equalsIgnoreCase(e.get("status").asText()), "status " + view.status(),
          "expected " + e.get("status").asText() + " at " + at);
    }
  }

  private WorkItem find(LevmanEngine engine, InstanceId instance, int step, JsonNode where, String at) {
    for (WorkItem w : engine.instance(instance).orElseThrow().open()) {
      boolean match = w.step() == step;
      var fields = where.properties().iterator();
      while (match && fields.hasNext()) {
        var f = fields.next();
        match = f.getValue().asText().equals(w.subjects().get(f.getKey()));
      }
      if (match) {
        return w;
      }
    }
    throw new ScenarioException(at + ": step " + step + (where.size() > 0 ? " for " + where : "")
        + " is not open; open: " + engine.instance(instance).orElseThrow().open().stream()
        .map(w -> w.step() + (w.subjects().isEmpty() ? "" : w.subjects().toString())).toList());
  }

  private void report(String what, CommandResult r, LevmanEngine engine, InstanceId instance, Optional<String> rejected) {
    commands++;
    if (r instanceof CommandResult.Rejected x) {
      boolean expected = rejected.isPresent() && rejected.get().equals(x.rejection().code());
      out.printf("%s %s → rejected, %s: %s%n", expected ? "✓" : "✗", what, x.rejection().code(), x.rejection().message());
      if (!expected) {
        failures++;
      }
      return;
    }
    List<Integer> open = engine.instance(instance).orElseThrow().open().stream().map(WorkItem::step).sorted().toList();
    boolean ok = rejected.isEmpty();
    out.printf("%s %s → open %s%s%n", ok ? "✓" : "✗", what, open, ok ? "" : " (expected " + rejected.get() + ")");
    if (!ok) {
      failures++;
    }
  }

  private void check(boolean ok, String actual, String expected) {
    out.printf("%s %s%s%n", ok ? "✓" : "✗", actual, ok ? "" : " — " + expected);
    if (!ok) {
      failures++;
    }
  }

  private CommandId next() {
    return CommandId.of("scenario-" + (commands + 1) + "-" + System.identityHashCode(this));
  }

  private static ProcessContext context(JsonNode s) {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    s.path("flags").properties().forEach(e -> flags.put(e.getKey(), e.getValue().asBoolean()));
    Optional<Term> term = Optional.empty();
    if (s.has("term")) {
      JsonNode t = s.get("term");
      term = Optional.of(new Term(date(t, "start", "start.term"), date(t, "end", "start.term"),
          Period.parse(t.path("reportingPeriod").asText("P1M")), t.path("deliveryDays").asInt(10),
          date(t, "renewalDue", "start.term")));
    }
    return new ProcessContext(opt(s, "supplier"), opt(s, "contract"), opt(s, "service"), flags, Map.of(), term, Map.of());
  }

  private static Optional<String> opt(JsonNode n, String field) {
    return n.has(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
  }

  private static String text(JsonNode n, String field, String at) {
    if (n == null || !n.hasNonNull(field) || !n.get(field).isValueNode()) {
      throw new ScenarioException(at + ": '" + field + "' is missing");
    }
    return n.get(field).asText();
  }

  private static LocalDate date(JsonNode n, String field, String at) {
    try {
      return LocalDate.parse(text(n, field, at));
    } catch (java.time.format.DateTimeParseException e) {
      throw new ScenarioException(at + "." + field + ": not a date (yyyy-mm-dd): " + n.get(field).asText());
    }
  }

  private static Instant instant(JsonNode n, String field, String at) {
    try {
      return OffsetDateTime.parse(text(n, field, at)).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return LocalDate.parse(n.get(field).asText()).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();
      } catch (java.time.format.DateTimeParseException e2) {
        throw new ScenarioException(at + ": not a date or date-time: " + n.get(field).asText());
      }
    }
  }

  private static Scope scope(String text, String at) {
    if (text.equals("organisation")) {
      return Scope.organisation();
    }
    String[] parts = text.split(":", 2);
    if (parts.length != 2 || !(parts[0].equals("supplier") || parts[0].equals("service"))) {
      throw new ScenarioException(at + ": a scope is organisation, supplier:<id> or service:<id>, not '" + text + "'");
    }
    return new Scope(parts[0].equals("supplier") ? RoleScope.SUPPLIER : RoleScope.SERVICE, parts[1]);
  }
}
