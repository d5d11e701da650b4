package nl.levman.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.json.Json;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The renderings of both handbook processes. The Dutch step tables are golden files; regenerate
 * them after a deliberate change with {@code -Dlevman.golden.update=true}.
 */
class RenderingTest {

  static Stream<Arguments> processes() {
    return Stream.of(Arguments.of(ServiceLevelManagement.definition()),
        Arguments.of(SupplierRiskReview.definition()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void theDutchStepTableMatchesItsGoldenFile(ProcessDefinition d) throws IOException {
    String table = StepTable.markdown(d, Language.NL);
    Path golden = Path.of("src/test/resources/golden/" + d.key() + ".nl.md");
    if (Boolean.getBoolean("levman.golden.update")) {
      Files.writeString(golden, table, StandardCharsets.UTF_8);
    }
    assertThat(table).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void theDutchTableReadsLikeTheHandbook() {
    String table = StepTable.markdown(ServiceLevelManagement.definition(), Language.NL);
    assertThat(table).contains("| Stap | Verantwoordelijke | Omschrijving | Document dat je nodig hebt"
        + " tijdens het uitvoeren van deze processtap | Plek waar je het resultaat van deze processtap archiveert |");
    assertThat(table).contains("| 5. | Leverancier | De Leverancier beoordeelt de DAP.<br>Akkoord → naar stap 6<br>Niet akkoord → naar stap 4 |  |  |");
    assertThat(table).contains("| 10. | Diensteigenaar (soms gedelegeerd aan bijvoorbeeld een productmanager) |");
    assertThat(table).contains("| Levman handleiding contract documentatie | Contractregister |");
  }

  @Test
  void theEnglishTableTranslates() {
    String table = StepTable.markdown(SupplierRiskReview.definition(), Language.EN);
    assertThat(table).contains("| Step | Responsible | Description |");
    assertThat(table).contains("| 6. | Management team | The MT decides whether or not to take mitigation actions.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonHasTheAgreedShape() {
    Map<String, Object> json = Json.parseObject(JsonRendering.of(ServiceLevelManagement.definition()));
    assertThat(json.get("key")).isEqualTo("service-level-management");
    assertThat(json.get("version")).isEqualTo(1L);
    List<Map<String, Object>> steps = (List<Map<String, Object>>) json.get("steps");
    Map<String, Object> five = steps.get(4);
    assertThat(five.get("number")).isEqualTo(5L);
    assertThat(five.get("role")).isEqualTo("LEV");
    assertThat((String) five.get("labelNl")).startsWith("De Leverancier beoordeelt de DAP.");
    assertThat(five.get("needs")).isEqualTo(List.of());
    assertThat(five.get("archivesTo")).isNull();
    assertThat((List<Map<String, Object>>) five.get("next")).extracting(a -> a.get("outcome") + "→" + a.get("to"))
        .containsExactly("akkoord→6", "niet akkoord→4");
    Map<String, Object> six = steps.get(5);
    assertThat(six.get("needs")).isEqualTo(List.of("handleiding"));
    assertThat(six.get("archivesTo")).isEqualTo("contractregister");
    assertThat((List<Map<String, Object>>) steps.get(17).get("next")).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("to", "end").containsEntry("outcome", null));
  }

  @Test
  void mermaidDrawsEveryStepAndLabelsTheGates() {
    String mermaid = MermaidRendering.of(SupplierRiskReview.definition(), Language.NL);
    assertThat(mermaid).startsWith("flowchart TD\n");
    for (int step = 1; step <= 14; step++) {
      assertThat(mermaid).containsPattern("\n  s" + step + "[\\[{]\"" + step + " · ");
    }
    assertThat(mermaid).contains("s6 -->|\"ja\"| s7", "s6 -->|\"nee\"| s13", "s9 -->|\"nee\"| s7",
        "s8 -->|\"forEach:mitigation-action\"| s9", "s14 --> finish");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void bpmnIsValidAgainstTheOmgSchemaAndLaidOut(ProcessDefinition d) throws Exception {
    String xml = BpmnRendering.of(d, Language.NL);
    URL xsd = org.camunda.bpm.model.bpmn.Bpmn.class.getResource("/org/camunda/bpm/model/bpmn/schema/BPMN20.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(xsd).newValidator().validate(new StreamSource(new StringReader(xml)));

    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    String model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    String di = "http://www.omg.org/spec/BPMN/20100524/DI";
    Set<String> shaped = new HashSet<>();
    Set<String> bounds = new HashSet<>();
    NodeList shapes = doc.getElementsByTagNameNS(di, "BPMNShape");
    for (int i = 0; i < shapes.getLength(); i++) {
      Element shape = (Element) shapes.item(i);
      shaped.add(shape.getAttribute("bpmnElement"));
      Element b = (Element) shape.getElementsByTagNameNS("http://www.omg.org/spec/DD/20100524/DC", "Bounds").item(0);
      assertThat(bounds.add(b.getAttribute("x") + "," + b.getAttribute("y")))
          .as("no two shapes at the same place: " + shape.getAttribute("bpmnElement")).isTrue();
    }
    for (String type : List.of("userTask", "task", "exclusiveGateway", "parallelGateway", "startEvent",
        "endEvent", "callActivity", "subProcess")) {
      NodeList elements = doc.getElementsByTagNameNS(model, type);
      for (int i = 0; i < elements.getLength(); i++) {
        assertThat(shaped).contains(((Element) elements.item(i)).getAttribute("id"));
      }
    }
    NodeList flows = doc.getElementsByTagNameNS(model, "sequenceFlow");
    Set<String> edged = new HashSet<>();
    NodeList edges = doc.getElementsByTagNameNS(di, "BPMNEdge");
    for (int i = 0; i < edges.getLength(); i++) {
      edged.add(((Element) edges.item(i)).getAttribute("bpmnElement"));
    }
    for (int i = 0; i < flows.getLength(); i++) {
      assertThat(edged).contains(((Element) flows.item(i)).getAttribute("id"));
    }
    assertThat(doc.getElementsByTagNameNS(model, "userTask").getLength())
        .isEqualTo((int) d.steps().stream().filter(s -> s.isManual() && !(s.wayOn() instanceof nl.levman.model.WayOn.Link)).count());
  }

  @Test
  void bpmnMapsTheWaysOnOfServiceLevelManagement() {
    String xml = BpmnRendering.of(ServiceLevelManagement.definition(), Language.NL);
    assertThat(xml).contains("<bpmn:parallelGateway id=\"split_1\"", "<bpmn:parallelGateway id=\"join_1\"",
        "<bpmn:exclusiveGateway id=\"gateway_5\"", "name=\"niet akkoord\"",
        "<bpmn:callActivity id=\"step_18\"", "calledElement=\"verlenging-einde-contract\"",
        "<bpmn:subProcess id=\"sub_17\"", "triggeredByEvent=\"true\"",
        "<bpmn:exclusiveGateway id=\"cycle_11\"", "camunda:candidateGroups=\"LEV\"");
  }
}
