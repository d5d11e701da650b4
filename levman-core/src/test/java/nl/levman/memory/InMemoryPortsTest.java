package nl.levman.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.levman.model.Scope;
import nl.levman.spi.Directory;
import nl.levman.spi.DirectoryContract;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.EventPublisherContract;
import nl.levman.spi.Jaarkalender;
import nl.levman.spi.JaarkalenderContract;
import nl.levman.spi.Notification;
import org.junit.jupiter.api.Nested;

/** The in-memory directory, Jaarkalender and publisher pass their ports' contracts. */
class InMemoryPortsTest {

  @Nested
  class Directories extends DirectoryContract {
    @Override
    protected Directory directory() {
      return new InMemoryDirectory()
          .grant("ann", "SLM", Scope.service("hosting"))
          .grant("carl", "CM", Scope.supplier("acme"))
          .grant("mia", "MT", Scope.organisation())
          .grant("dirk", "DE", Scope.service("hosting"))
          .delegate("dirk", "pim", "DE", Scope.service("hosting"), LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 1, 31));
    }
  }

  @Nested
  class Calendars extends JaarkalenderContract {
    @Override
    protected Jaarkalender jaarkalender() {
      return new InMemoryJaarkalender()
          .add(new Jaarkalender.Entry("review-2026", "supplier-risk-review", LocalDate.of(2026, 3, 1),
              "Periodieke review 2026", "carl", Map.of()))
          .add(new Jaarkalender.Entry("review-2027", "supplier-risk-review", LocalDate.of(2027, 3, 1),
              "Periodieke review 2027", "carl", Map.of()));
    }
  }

  @Nested
  class Publishers extends EventPublisherContract {
    private final RecordingPublisher publisher = new RecordingPublisher();

    @Override
    protected EventPublisher publisher() {
      return publisher;
    }

    @Override
    protected List<Notification> published() {
      return publisher.received();
    }
  }
}
