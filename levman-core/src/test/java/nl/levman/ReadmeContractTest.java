package nl.levman;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.levman.api.ProblemKind;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.mitigation.MitigationRejection;
import nl.levman.domain.report.ReportRejection;
import nl.levman.domain.risk.RiskProfileRejection;
import nl.levman.fixtures.HandbookKit;
import nl.levman.model.AccessRejection;
import nl.levman.model.EventTypes;
import nl.levman.model.FlowRejection;
import nl.levman.model.InputRejection;
import org.junit.jupiter.api.Test;

/** The README lists every rejection code and every stored event type: the lists cannot drift. */
class ReadmeContractTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    codes.addAll(FlowRejection.codes());
    codes.addAll(AccessRejection.codes());
    codes.addAll(InputRejection.codes());
    codes.addAll(ReportRejection.codes());
    codes.addAll(Mandaatlijst.MandateRejection.codes());
    codes.addAll(RiskProfileRejection.codes());
    codes.addAll(MitigationRejection.codes());
    codes.add("MitigationNotAllowed");
    return codes;
  }

  @Test
  void everyRejectionCodeIsListedOnceWithItsMeaning() throws IOException {
    String readme = readme();
    assertThat(codes()).doesNotHaveDuplicates();
    for (String code : codes()) {
      assertThat(readme).as(code).contains("| `" + code + "` |");
    }
  }

  @Test
  void eachFamilyListsEveryOneOfItsCases() {
    assertThat(FlowRejection.codes()).hasSize(FlowRejection.class.getPermittedSubclasses().length);
    assertThat(AccessRejection.codes()).hasSize(AccessRejection.class.getPermittedSubclasses().length);
    assertThat(InputRejection.codes()).hasSize(InputRejection.class.getPermittedSubclasses().length);
    assertThat(ReportRejection.codes()).hasSize(ReportRejection.class.getPermittedSubclasses().length);
    assertThat(RiskProfileRejection.codes()).hasSize(RiskProfileRejection.class.getPermittedSubclasses().length);
    assertThat(MitigationRejection.codes()).hasSize(MitigationRejection.class.getPermittedSubclasses().length);
  }

  @Test
  void everyAuditProblemKindIsListedOnceWithItsMeaning() throws IOException {
    String readme = readme();
    assertThat(ProblemKind.codes()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(codes());
    for (String code : ProblemKind.codes()) {
      assertThat(readme).as(code).contains("| `" + code + "` |");
    }
  }

  @Test
  void everyStoredEventTypeIsListed() throws IOException {
    String readme = readme();
    EventTypes.Builder b = EventTypes.builder();
    new HandbookKit().behaviours().all().forEach(x -> x.register(b));
    for (EventTypes.EventType t : b.build().types()) {
      assertThat(readme).as(t.stored()).contains("| `" + t.stored() + "` |");
    }
  }
}
