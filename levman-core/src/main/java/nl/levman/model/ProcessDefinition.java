package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A handbook process as a step table plus the arrows between its rows. A definition is verified
 * when it is built: every step reachable, every outcome leads somewhere, an end reachable from every
 * step, every role, document, archive place, flag and item kind declared. An invalid definition is
 * a {@link LevmanException} that names the step and what is wrong.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProcessDefinition {
  private final String key;
  private final int version;
  private final String nameNl;
  private final String nameEn;
  private final Map<String, Role> roles;
  private final Map<String, DocumentType> documents;
  private final Map<String, ArchivePlace> places;
  private final Set<String> flags;
  private final Set<String> itemKinds;
  private final Set<Subject> about;
  private final Map<Integer, Step> steps;
  private final int start;
  private final Routes routes;

  ProcessDefinition(ProcessBuilder b) {
    this.key = b.key;
    this.version = b.version;
    this.nameNl = b.nameNl;
    this.nameEn = b.nameEn;
    this.roles = Map.copyOf(b.roles);
    this.documents = Map.copyOf(b.documents);
    this.places = Map.copyOf(b.places);
    this.flags = Set.copyOf(b.flags);
    this.itemKinds = Set.copyOf(b.itemKinds);
    this.about = Set.copyOf(b.about);
    this.steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.steps));
    if (steps.isEmpty()) {
      throw new LevmanException("process '" + key + "' has no steps");
    }
    this.start = b.start != null ? b.start : firstNonRaisable();
    this.routes = new DefinitionVerifier(this).verify();
  }

  /** Starts a definition: the key is stable across versions, the version counts from 1. */
  public static ProcessBuilder builder(String key, int version) {
    return new ProcessBuilder(key, version);
  }

  private int firstNonRaisable() {
    return steps.values().stream()
        .filter(s -> !s.raisable())
        .findFirst()
        .map(Step::number)
        .orElseThrow(() -> new LevmanException("process '" + key + "' has no step to start at"));
  }

  public String key() {
    return key;
  }

  public int version() {
    return version;
  }

  public String name(Language language) {
    return language == Language.NL ? nameNl : nameEn;
  }

  /** The steps in the order of the step table. */
  public List<Step> steps() {
    return List.copyOf(steps.values());
  }

  public Optional<Step> findStep(int number) {
    return Optional.ofNullable(steps.get(number));
  }

  /** The step with this number; a {@link LevmanException} naming the process if there is none. */
  public Step step(int number) {
    Step step = steps.get(number);
    if (step == null) {
      throw new LevmanException("process '" + key + "' has no step " + number);
    }
    return step;
  }

  /** The step a new instance starts at. */
  public Step startStep() {
    return step(start);
  }

  /** The steps that can be raised at any time while an instance runs (event sub-flows). */
  public List<Step> raisableSteps() {
    return steps.values().stream().filter(Step::raisable).toList();
  }

  public Collection<Role> roles() {
    return roles.values();
  }

  public Optional<Role> role(String code) {
    return Optional.ofNullable(roles.get(code));
  }

  public Collection<DocumentType> documents() {
    return documents.values();
  }

  public Optional<DocumentType> document(String code) {
    return Optional.ofNullable(documents.get(code));
  }

  public Collection<ArchivePlace> places() {
    return places.values();
  }

  public Set<String> flags() {
    return flags;
  }

  public Set<String> itemKinds() {
    return itemKinds;
  }

  /** What every instance must be about, given at start (the supplier, the contract, the service). */
  public Set<Subject> about() {
    return about;
  }

  /** The behaviours the steps declare, by step number. */
  public Map<Integer, Behaviour> behaviours() {
    Map<Integer, Behaviour> found = new LinkedHashMap<>();
    steps.values().forEach(s -> s.behaviour().ifPresent(b -> found.put(s.number(), b)));
    return found;
  }

  /** The structure of the arrows: which split a join closes, which fan-out or cycle a step is in. */
  public Routes routes() {
    return routes;
  }

  @Override
  public String toString() {
    return key + " v" + version;
  }

  /** The fluent builder; reads like the step table. */
  public static final class ProcessBuilder {
    final String key;
    final int version;
    String nameNl;
    String nameEn;
    final Map<String, Role> roles = new LinkedHashMap<>();
    final Map<String, DocumentType> documents = new LinkedHashMap<>();
    final Map<String, ArchivePlace> places = new LinkedHashMap<>();
    final List<String> flags = new ArrayList<>();
    final List<String> itemKinds = new ArrayList<>();
    final List<Subject> about = new ArrayList<>();
    final Map<Integer, Step> steps = new LinkedHashMap<>();
    Integer start;

    ProcessBuilder(String key, int version) {
      this.key = requireNonNull(key, "key");
      if (!key.matches("[a-z][a-z0-9-]{0,63}")) {
        throw new LevmanException("process key '" + key + "' must be lower-case kebab case");
      }
      if (version < 1) {
        throw new LevmanException("process '" + key + "': version must be 1 or more");
      }
      this.version = version;
      this.nameNl = key;
      this.nameEn = key;
    }

    public ProcessBuilder name(String nl, String en) {
      this.nameNl = requireNonNull(nl, "nl");
      this.nameEn = requireNonNull(en, "en");
      return this;
    }

    public ProcessBuilder roles(Role... declared) {
      for (Role r : declared) {
        roles.put(r.code(), r);
      }
      return this;
    }

    public ProcessBuilder documents(DocumentType... declared) {
      for (DocumentType d : declared) {
        documents.put(d.code(), d);
      }
      return this;
    }

    public ProcessBuilder places(ArchivePlace... declared) {
      for (ArchivePlace p : declared) {
        places.put(p.code(), p);
      }
      return this;
    }

    /** Declares flags known when an instance starts, for {@link WayOn.Condition}. */
    public ProcessBuilder flags(String... declared) {
      flags.addAll(List.of(declared));
      return this;
    }

    /** Declares kinds of items a {@link WayOn.ForEach} fans out over. */
    public ProcessBuilder itemKinds(String... declared) {
      itemKinds.addAll(List.of(declared));
      return this;
    }

    /** What every instance is about: a start without one of these subjects is refused. */
    public ProcessBuilder about(Subject... subjects) {
      about.addAll(List.of(subjects));
      return this;
    }

    /** Starts at this step instead of the first one declared. */
    public ProcessBuilder startsAt(int number) {
      this.start = number;
      return this;
    }

    /** Begins the row of the step table with this number. */
    public StepBuilder step(int number) {
      return new StepBuilder(this, number);
    }

    void add(Step step) {
      if (steps.containsKey(step.number())) {
        throw new LevmanException(
            "process '" + key + "': step " + step.number() + " is defined twice");
      }
      steps.put(step.number(), step);
    }

    public ProcessDefinition build() {
      return new ProcessDefinition(this);
    }
  }

  /** One row of the step table, filled column by column and closed by its way on. */
  public static final class StepBuilder {
    private final ProcessBuilder process;
    private final int number;
    private Role role;
    private String nl;
    private String en = "";
    private final List<DocumentType> needs = new ArrayList<>();
    private ArchivePlace archivesTo;
    private boolean raisable;
    private boolean delegable;
    private final List<Role> alternates = new ArrayList<>();
    private final List<DocumentType> archives = new ArrayList<>();
    private final Map<String, ArchivePlace> placeFor = new LinkedHashMap<>();
    private Behaviour behaviour;
    private final Set<String> raisedOn = new java.util.LinkedHashSet<>();

    StepBuilder(ProcessBuilder process, int number) {
      this.process = process;
      this.number = number;
    }

    /** The "Verantwoordelijke" column. */
    public StepBuilder by(Role responsible) {
      this.role = requireNonNull(responsible, "responsible");
      return this;
    }

    /** A further role that may complete the step, such as the coordinating CM who bundles. */
    public StepBuilder orBy(Role alternate) {
      alternates.add(requireNonNull(alternate, "alternate"));
      return this;
    }

    /** The documents the step archives; each must be presented when the step is completed. */
    public StepBuilder archives(DocumentType... documents) {
      archives.addAll(List.of(documents));
      return this;
    }

    /** Archives documents of this type in another place than the step's (the handleiding's rule). */
    public StepBuilder archives(DocumentType document, ArchivePlace place) {
      placeFor.put(document.code(), requireNonNull(place, "place"));
      return this;
    }

    /** The domain behaviour that runs when the step is completed. */
    public StepBuilder behaviour(Behaviour declared) {
      this.behaviour = requireNonNull(declared, "declared");
      return this;
    }

    /** A behaviour's trigger that raises this (raisable) step. */
    public StepBuilder raisedOn(String trigger) {
      raisedOn.add(requireNonNull(trigger, "trigger"));
      return this;
    }

    /** The "Omschrijving" column, verbatim. */
    public StepBuilder nl(String label) {
      this.nl = requireNonNull(label, "label");
      return this;
    }

    public StepBuilder en(String label) {
      this.en = requireNonNull(label, "label");
      return this;
    }

    /** The "Document dat je nodig hebt" column. */
    public StepBuilder needs(DocumentType... documents) {
      needs.addAll(List.of(documents));
      return this;
    }

    /** The "Plek waar je het resultaat archiveert" column. */
    public StepBuilder archivesTo(ArchivePlace place) {
      this.archivesTo = requireNonNull(place, "place");
      return this;
    }

    /** Marks the step as an event sub-flow that can be raised at any time while the process runs. */
    public StepBuilder raisable() {
      this.raisable = true;
      return this;
    }

    /** The responsible role may be held through a delegation ("soms gedelegeerd"). */
    public StepBuilder delegable() {
      this.delegable = true;
      return this;
    }

    public ProcessBuilder next(int step) {
      return then(WayOn.next(step));
    }

    public ProcessBuilder end() {
      return then(WayOn.end());
    }

    public ProcessBuilder gate(Outcome... outcomes) {
      return then(WayOn.gate(outcomes));
    }

    public ProcessBuilder join() {
      return then(WayOn.join());
    }

    /** Closes the row with its way on. */
    public ProcessBuilder then(WayOn wayOn) {
      if (nl == null) {
        throw new LevmanException("process '" + process.key + "': step " + number + " has no label");
      }
      process.add(
          new Step(
              number,
              Optional.ofNullable(role),
              nl,
              en,
              needs,
              Optional.ofNullable(archivesTo),
              wayOn,
              raisable,
              delegable,
              alternates,
              archives,
              placeFor,
              Optional.ofNullable(behaviour),
              raisedOn));
      return process;
    }
  }
}
