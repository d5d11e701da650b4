package nl.levman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Levman core's own architecture, on ArchUnit's layered architecture and rules. */
@AnalyzeClasses(packages = "nl.levman", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("Entry").definedBy("nl.levman")
      .layer("Api").definedBy("nl.levman.api..")
      .layer("Spi").definedBy("nl.levman.spi..")
      .layer("Model").definedBy("nl.levman.model..")
      .layer("Domain").definedBy("nl.levman.domain..")
      .layer("Engine").definedBy("nl.levman.engine..")
      .layer("Memory").definedBy("nl.levman.memory..")
      .layer("Handbook").definedBy("nl.levman.handbook..")
      .layer("Render").definedBy("nl.levman.render..")
      .layer("Json").definedBy("nl.levman.json..")
      .whereLayer("Engine").mayOnlyBeAccessedByLayers("Entry")
      .whereLayer("Memory").mayOnlyBeAccessedByLayers("Entry")
      .whereLayer("Model").mayOnlyAccessLayers("Json")
      .whereLayer("Domain").mayOnlyAccessLayers("Model", "Json")
      .whereLayer("Spi").mayOnlyAccessLayers("Model", "Domain")
      .whereLayer("Render").mayOnlyAccessLayers("Model", "Json")
      .because("the model is pure, the engine is reached only through Levman.builder(), and ports"
          + " speak the model's and the domain's language");

  @ArchTest
  static final ArchRule MODEL_IS_PURE = noClasses().that().resideInAnyPackage("nl.levman.model..", "nl.levman.domain..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.nio.file..", "nl.levman.jdbc..", "nl.levman.fs..")
      .because("the process model and the domain are pure: no database, no files, no adapter code");

  @ArchTest
  static final ArchRule NO_AMBIENT_TIME = noClasses().that().haveSimpleNameNotEndingWith("Clock")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("time comes from the injected java.time.Clock, so that a virtual clock can run years in milliseconds");

  @ArchTest
  static final ArchRule API_AND_SPI_EXPOSE_NO_FOREIGN_TYPES = ArchRuleDefinition.classes()
      .that().resideInAnyPackage("nl.levman.api..", "nl.levman.spi..").and().arePublic()
      .should(exposeOnlyPublishedTypes())
      .because("hosts and adapters depend on api and spi signatures: no internal, Guava, Immutables or ArchUnit type may appear in them");

  static ArchCondition<JavaClass> exposeOnlyPublishedTypes() {
    List<String> forbidden = List.of("nl.levman.engine", "nl.levman.memory", "nl.levman.style",
        "com.google.common", "org.immutables", "com.tngtech.archunit");
    return new ArchCondition<>("expose only published types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaCodeUnit unit : c.getCodeUnits()) {
          if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
              .flatMap(t -> t.getAllInvolvedRawTypes().stream())
              .filter(t -> forbidden.stream().anyMatch(f -> t.getPackageName().startsWith(f)))
              .forEach(t -> events.add(SimpleConditionEvent.violated(c,
                  unit.getFullName() + " exposes " + t.getName())));
        }
        for (JavaField field : c.getFields()) {
          if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
            field.getType().getAllInvolvedRawTypes().stream()
                .filter(t -> forbidden.stream().anyMatch(f -> t.getPackageName().startsWith(f)))
                .forEach(t -> events.add(SimpleConditionEvent.violated(c, field.getFullName() + " exposes " + t.getName())));
          }
        }
      }
    };
  }

  @ArchTest
  static final ArchRule THE_ENGINE_SHOWS_ONLY_WHAT_THE_ENTRY_POINT_NEEDS = ArchRuleDefinition.classes()
      .that().resideInAPackage("nl.levman.engine").and().arePublic()
      .should().haveSimpleName("Engines").orShould().haveSimpleName("EngineParts")
      .because("the engine is internal: hosts reach it only through Levman.builder(), so its"
          + " implementation stays package-private");

  @ArchTest
  static final ArchRule BEHAVIOURS_AND_DEFINITIONS_DO_NOT_REACH_INTO_THE_ENGINE = noClasses()
      .that().resideInAnyPackage("nl.levman.behaviour..", "nl.levman.handbook..", "nl.levman.model..",
          "nl.levman.domain..", "nl.levman.render..")
      .should().dependOnClassesThat().resideInAnyPackage("nl.levman.engine..", "nl.levman.memory..")
      .because("a behaviour is a plain function of its input and context, and a definition is data:"
          + " neither knows the engine that runs it");

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    Path sources = Path.of("src/main/java");
    try (Stream<Path> dirs = Files.walk(sources)) {
      dirs.filter(Files::isDirectory).filter(d -> {
        try (Stream<Path> files = Files.list(d)) {
          return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).forEach(d -> assertThat(d.resolve("package-info.java")).as("package-info in " + d).exists());
    }
  }
}
