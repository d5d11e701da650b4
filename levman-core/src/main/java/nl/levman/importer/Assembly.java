package nl.levman.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.levman.model.ArchivePlace;
import nl.levman.model.DocumentType;
import nl.levman.model.LevmanException;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Subject;
import nl.levman.model.WayOn;

/**
 * Puts the table's rows, their ways on and the overlay's answers together with Levman's builder:
 * each row a step (the overlay's answers in place of the table's reading where it gives them), the
 * roles, documents, places, flags and item kinds the steps use declared, plus those the overlay
 * declares. The builder's verification is the last check; a failure is reported on the step's row.
 */
final class Assembly {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern STEP = Pattern.compile("step (\\d+)");
  private final TableText table;
  private final List<TableStep> steps;
  private final Overlay overlay;
  private final Problems problems;
  private final String source;

  Assembly(TableText table, List<TableStep> steps, Overlay overlay, Problems problems) {
    this.table = table;
    this.steps = steps;
    this.overlay = overlay;
    this.problems = problems;
    this.source = table.source().name();
  }

  Optional<ProcessDefinition> build(Map<Integer, WayOn> ways, Set<String> flags) {
    try {
      return assemble(ways, flags);
    } catch (LevmanException e) {
      Matcher step = STEP.matcher(e.getMessage());
      int line = step.find() ? lineOf(Integer.parseInt(step.group(1))) : table.header().line();
      problems.error(source, line, "the imported definition is not valid: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<ProcessDefinition> assemble(Map<Integer, WayOn> ways, Set<String> flags) {
    Overlay.Process p = overlay.process();
    Optional<String> key = p.key().or(this::keyFromFileName);
    Set<Role> roles = new LinkedHashSet<>();
    Set<DocumentType> documents = new LinkedHashSet<>();
    Set<ArchivePlace> places = new LinkedHashSet<>();
    Set<String> itemKinds = new LinkedHashSet<>();
    ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder(key.orElse("imported"), p.version().orElse(1));
    for (TableStep row : steps) {
      Optional<Overlay.StepAnswers> a = overlay.step(row.number());
      Optional<Role> role = a.flatMap(Overlay.StepAnswers::role).or(row::role);
      List<Role> alternates = a.flatMap(Overlay.StepAnswers::alsoBy).orElse(row.alternates());
      List<DocumentType> needs = a.flatMap(Overlay.StepAnswers::needs).orElse(row.needs());
      Optional<ArchivePlace> archivesTo = a.flatMap(Overlay.StepAnswers::archivesTo).orElse(row.archivesTo());
      List<DocumentType> archives = a.flatMap(Overlay.StepAnswers::archives).orElse(row.archives());
      Map<String, ArchivePlace> placeFor = a.map(Overlay.StepAnswers::placeFor).orElse(Map.of());
      var step = b.step(row.number()).nl(row.label()).en(a.flatMap(Overlay.StepAnswers::en).orElse(""));
      role.ifPresent(step::by);
      alternates.forEach(step::orBy);
      if (a.flatMap(Overlay.StepAnswers::delegable).orElse(row.delegable())) {
        step.delegable();
      }
      if (a.map(Overlay.StepAnswers::raisable).orElse(false)) {
        step.raisable();
      }
      a.map(Overlay.StepAnswers::raisedOn).orElse(List.of()).forEach(step::raisedOn);
      step.needs(needs.toArray(DocumentType[]::new));
      archivesTo.ifPresent(step::archivesTo);
      step.archives(archives.toArray(DocumentType[]::new));
      placeFor.forEach((doc, place) -> step.archives(overlay.words().document(doc).orElseThrow(), place));
      a.flatMap(Overlay.StepAnswers::behaviour).ifPresent(step::behaviour);
      role.ifPresent(roles::add);
      roles.addAll(alternates);
      documents.addAll(needs);
      documents.addAll(archives);
      placeFor.keySet().forEach(doc -> documents.add(overlay.words().document(doc).orElseThrow()));
      a.flatMap(Overlay.StepAnswers::behaviour).ifPresent(beh -> documents.addAll(beh.reads()));
      archivesTo.ifPresent(places::add);
      places.addAll(placeFor.values());
      if (ways.get(row.number()) instanceof WayOn.ForEach f) {
        itemKinds.add(f.itemKind());
      }
      step.then(ways.get(row.number()));
    }
    roles.addAll(p.roles());
    documents.addAll(p.documents());
    places.addAll(p.places());
    flags.addAll(p.flags());
    itemKinds.addAll(p.itemKinds());
    askAbout();
    if (key.isEmpty() || problems.any()) {
      return Optional.empty();
    }
    b.name(p.nameNl().or(table::title).orElse(key.get()), p.nameEn().or(p::nameNl).or(table::title).orElse(key.get()))
        .roles(roles.toArray(Role[]::new)).documents(documents.toArray(DocumentType[]::new))
        .places(places.toArray(ArchivePlace[]::new)).flags(flags.toArray(String[]::new))
        .itemKinds(itemKinds.toArray(String[]::new)).about(p.about().orElse(List.of()).toArray(Subject[]::new));
    return Optional.of(b.build());
  }

  /** The key the file name gives, such as service-level-management from service-level-management.nl.txt. */
  private Optional<String> keyFromFileName() {
    String name = table.source().fileName();
    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (KEY.matcher(stem).matches()) {
      return Optional.of(stem);
    }
    problems.question(source, 0, "which key is the process registered under? The file name '" + name
        + "' gives none (lower-case kebab case before the first dot); answer with process.key in the overlay");
    return Optional.empty();
  }

  /** A step done per supplier or per service, or one that archives, needs to know what the process is about. */
  private void askAbout() {
    if (overlay.process().about().isPresent()) {
      return;
    }
    for (TableStep s : steps) {
      Optional<Role> role = overlay.step(s.number()).flatMap(Overlay.StepAnswers::role).or(s::role);
      String why = role.filter(r -> r.scope() != RoleScope.ORGANISATION)
          .map(r -> "is done by " + r.code() + ", a role held per " + r.scope().name().toLowerCase(java.util.Locale.ROOT))
          .orElse(s.archivesTo().isPresent() ? "archives, in a folder per supplier" : "");
      if (!why.isEmpty()) {
        problems.question(source, s.line(), "what is every instance about? Step " + s.number() + " " + why
            + "; answer with process.about in the overlay: a list of supplier, contract, service"
            + " ([] when such steps run per supplier in a fan-out)");
        return;
      }
    }
  }

  private int lineOf(int number) {
    return steps.stream().filter(s -> s.number() == number).mapToInt(TableStep::line).findFirst()
        .orElse(table.header().line());
  }
}
