package nl.levman.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.levman.model.Behaviour;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import org.junit.jupiter.api.Test;

/** An integrator extends the words the importer knows: in Java through the vocabulary, or in the overlay. */
class VocabularyTest {
  private static final String TABLE = "\tStap\n\tVerantwoordelijke\n\tOmschrijving\n\tDocument dat je nodig hebt\n"
      + "\tPlek waar je het resultaat archiveert\n\n"
      + "\t1.\n\tJurist\n\tDe jurist toetst het contract.\nAkkoord à naar stap 2\nNiet akkoord à naar stap 1\n\t\n\t\n\n"
      + "\t2.\n\tSLM\n\tEinde proces\n";
  private static final Role JURIST = new Role("JUR", "Jurist", "Lawyer", RoleScope.ORGANISATION);

  @Test
  void aRoleWordTheVocabularyDoesNotKnowIsAnError() {
    ImportResult result = HandbookImporter.handbook().read(new Source("toets.nl.txt", TABLE), Optional.empty());
    assertThat(result).isInstanceOfSatisfying(ImportResult.Refused.class, r -> assertThat(r.problems())
        .extracting(Problem::toString).anyMatch(p -> p.startsWith("toets.nl.txt:8: error: unknown role word 'Jurist'")));
  }

  @Test
  void anIntegratorAddsARoleAndABehaviourInJava() {
    Behaviour check = Behaviour.named("acme.contract-check");
    ProcessDefinition d = importWith(HandbookImporter.of(Vocabulary.handbook().withRole(JURIST, "juridisch adviseur")
        .withBehaviours(check)), "{\"steps\": {\"1\": {\"behaviour\": \"acme.contract-check\"}}, \"process\": {\"about\": [\"service\"]}}");
    assertThat(d.key()).isEqualTo("toets");
    assertThat(d.step(1).role()).contains(JURIST);
    assertThat(d.step(1).behaviour()).contains(check);
    assertThat(d.step(2).wayOn()).isEqualTo(nl.levman.model.WayOn.end());
  }

  @Test
  void anOverlayDeclaresARoleAndItsWords() {
    String overlay = "{\"process\": {\"key\": \"contract-toets\", \"about\": [\"service\"]},"
        + " \"declare\": {\"roles\": [{\"code\": \"JUR\", \"nl\": \"Juridisch adviseur\", \"en\": \"Lawyer\","
        + " \"scope\": \"organisation\"}]}, \"words\": {\"roles\": {\"Jurist\": \"JUR\"}}}";
    ProcessDefinition d = importWith(HandbookImporter.handbook(), overlay);
    assertThat(d.key()).isEqualTo("contract-toets");
    assertThat(d.step(1).role().map(Role::nameNl)).contains("Juridisch adviseur");
  }

  private static ProcessDefinition importWith(HandbookImporter importer, String overlay) {
    ImportResult result = importer.read(new Source("toets.nl.txt", TABLE), Optional.of(new Source("o.json", overlay)));
    assertThat(result).as(result.toString()).isInstanceOf(ImportResult.Imported.class);
    return ((ImportResult.Imported) result).definition();
  }
}
