package nl.levman.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.Language;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Both handbook processes drawn as SVG: well-formed, complete, self-contained and the same every
 * time; so is the test process that has every way on. The drawings are also written to {@code
 * target/svg} to look at.
 */
class SvgRenderingTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  static Stream<Arguments> drawings() {
    return Stream.of(
        Arguments.of(ServiceLevelManagement.definition(), Language.NL),
        Arguments.of(ServiceLevelManagement.definition(), Language.EN),
        Arguments.of(SupplierRiskReview.definition(), Language.NL),
        Arguments.of(SupplierRiskReview.definition(), Language.EN),
        Arguments.of(TestProcess.definition(), Language.NL));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("drawings")
  void isWellFormedSvg(ProcessDefinition d, Language language) throws Exception {
    String svg = SvgRendering.svg(d, language);
    Path out = Path.of("target/svg/" + d.key() + "." + language.name().toLowerCase(Locale.ROOT) + ".svg");
    Files.createDirectories(out.getParent());
    Files.writeString(out, svg, StandardCharsets.UTF_8);

    Element root = parse(svg).getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getAttribute("viewBox")).matches("-?[0-9.]+ -?[0-9.]+ [0-9.]+ [0-9.]+");
    assertThat(text(root, "title")).contains(d.name(language));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dutch")
  void showsEveryStepWithItsNumberRoleAndTheStartOfItsDutchLabel(ProcessDefinition d) throws Exception {
    Element root = parse(SvgRendering.svg(d, Language.NL)).getDocumentElement();
    String visible = visibleText(root);
    List<String> texts = texts(root);
    for (Step step : d.steps()) {
      assertThat(texts).as("number of step %d", step.number()).contains(Integer.toString(step.number()));
      step.role().ifPresent(r -> assertThat(texts).as("role of step %d", step.number()).contains(r.code()));
      assertThat(visible).as("label of step %d", step.number()).contains(labelStart(step.labelNl()));
      assertThat(group(root, step.number())).as("group of step %d", step.number()).isNotNull();
    }
  }

  /** Outcomes that lead to the same step share one arrow, labelled "goed / slecht". */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("drawings")
  void labelsEveryGateOutcome(ProcessDefinition d, Language language) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String text : texts(parse(SvgRendering.svg(d, language)).getDocumentElement())) {
      texts.addAll(Arrays.asList(text.split(" / ")));
    }
    for (Step step : d.steps()) {
      for (String outcome : step.outcomes()) {
        assertThat(texts).as("outcome %s of step %d", outcome, step.number()).contains(outcome);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("drawings")
  void refersToNothingOutsideItself(ProcessDefinition d, Language language) {
    String svg = SvgRendering.svg(d, language);
    String withoutNamespace = svg.replace("xmlns=\"" + SVG_NS + "\"", "");
    assertThat(svg).containsOnlyOnce(SVG_NS);
    assertThat(withoutNamespace.toLowerCase(Locale.ROOT))
        .doesNotContain("http")
        .doesNotContain("//")
        .doesNotContain("href")
        .doesNotContain("<script")
        .doesNotContain("<image")
        .doesNotContain("@import")
        .doesNotContain("<foreignobject");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("drawings")
  void isTheSameEveryTime(ProcessDefinition d, Language language) {
    assertThat(SvgRendering.svg(d, language)).isEqualTo(SvgRendering.svg(d, language));
  }

  @Test
  void drawsTheCycleTheEventStepAndTheLinkOfServiceLevelManagement() throws Exception {
    Element nl = parse(SvgRendering.svg(ServiceLevelManagement.definition(), Language.NL)).getDocumentElement();
    assertThat(visibleText(nl)).contains("per periode", "einde looptijd", "Op elk moment", "op elk moment",
        "start proces", "verlenging-einde-contract", "DAP gewenst?", "Start", "Einde");
    assertThat(((Element) group(nl, 17).getElementsByTagNameNS(SVG_NS, "rect").item(0)).getAttribute("stroke-dasharray"))
        .as("step 17 can be raised at any time: dashed").isNotEmpty();
    Element en = parse(SvgRendering.svg(ServiceLevelManagement.definition(), Language.EN)).getDocumentElement();
    assertThat(visibleText(en)).contains("per period", "term ended", "At any time", "starts process", "End",
        "DAP wanted?");
    assertThat(visibleText(en)).contains(labelStart(ServiceLevelManagement.definition().step(5).labelEn()));
  }

  @Test
  void framesTheFanOutsOfTheRiskReview() throws Exception {
    Element nl = parse(SvgRendering.svg(SupplierRiskReview.definition(), Language.NL)).getDocumentElement();
    assertThat(visibleText(nl)).contains("per leverancier", "per mitigatieactie");
    Element en = parse(SvgRendering.svg(SupplierRiskReview.definition(), Language.EN)).getDocumentElement();
    assertThat(visibleText(en)).contains("per supplier", "per mitigation action");
  }

  @Test
  void escapesEveryText() throws Exception {
    Role role = new Role("R", "Rol <&>", "Role <&>", RoleScope.ORGANISATION);
    ProcessDefinition d = ProcessDefinition.builder("escapes", 1)
        .name("A & B <c> \"d\" 'e'", "A & B")
        .roles(role)
        .step(1).by(role).nl("Kies <ja> & \"nee\" 'of' ]]> --").en("Choose").gate(Outcome.of("a<b", 2), Outcome.toEnd("x&y"))
        .step(2).by(role).nl("Klaar").en("Done").end()
        .build();
    String svg = SvgRendering.svg(d, Language.NL);
    Element root = parse(svg).getDocumentElement();
    assertThat(texts(root)).contains("a<b", "x&y");
    assertThat(visibleText(root)).contains("Kies <ja> & \"nee\" 'of' ]]> --");
    assertThat(text(root, "title")).contains("A & B <c> \"d\" 'e'");
  }

  static Stream<Arguments> dutch() {
    return Stream.of(Arguments.of(ServiceLevelManagement.definition()), Arguments.of(SupplierRiskReview.definition()),
        Arguments.of(TestProcess.definition()));
  }

  /** The first three words of a label's first line. */
  private static String labelStart(String label) {
    String[] words = label.strip().split("\\s+");
    return Arrays.stream(words).limit(3).collect(Collectors.joining(" "));
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static Element group(Element root, int step) {
    NodeList gs = root.getElementsByTagNameNS(SVG_NS, "g");
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.getAttribute("data-step").equals(Integer.toString(step))) {
        return g;
      }
    }
    return null;
  }

  private static String text(Element root, String tag) {
    return root.getElementsByTagNameNS(SVG_NS, tag).item(0).getTextContent();
  }

  /** The content of every text element, its lines joined by a space. */
  private static List<String> texts(Element root) {
    List<String> texts = new ArrayList<>();
    NodeList list = root.getElementsByTagNameNS(SVG_NS, "text");
    for (int i = 0; i < list.getLength(); i++) {
      Element t = (Element) list.item(i);
      NodeList spans = t.getElementsByTagNameNS(SVG_NS, "tspan");
      if (spans.getLength() == 0) {
        texts.add(t.getTextContent());
      } else {
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < spans.getLength(); j++) {
          lines.add(spans.item(j).getTextContent());
        }
        texts.add(String.join(" ", lines));
      }
    }
    return texts;
  }

  private static String visibleText(Element root) {
    return String.join("\n", texts(root));
  }
}
