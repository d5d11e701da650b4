package org.example.contractregister;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.EventPublisherContract;
import nl.levman.spi.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrator's publisher passes the port's contract and writes one JSON object per line. */
class JsonLinesPublisherTest extends EventPublisherContract {
  @TempDir Path folder;
  Path file;
  JsonLinesPublisher publisher;

  @BeforeEach
  void freshFile() {
    file = folder.resolve("notifications.jsonl");
    publisher = new JsonLinesPublisher(file);
  }

  @Override
  protected EventPublisher publisher() {
    return publisher;
  }

  @Override
  protected List<Notification> published() {
    try {
      if (!Files.exists(file)) {
        return List.of();
      }
      ObjectMapper json = new ObjectMapper();
      return Files.readAllLines(file).stream().map(line -> {
        try {
          JsonNode n = json.readTree(line);
          return new Notification(n.get("kind").asText(), InstanceId.of(n.get("instance").asText()),
              n.get("process").asText(), Optional.ofNullable(n.get("step")).map(JsonNode::asInt),
              n.get("message").asText(), java.time.Instant.parse(n.get("at").asText()), Map.of());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writesEachNotificationAsOneLineWithItsDetails() throws IOException {
    publisher.publish(new Notification("slr-overdue", InstanceId.of("sla-acme"),
        "service-level-management", Optional.of(12), "the SLR for period 3 is overdue",
        java.time.Instant.parse("2026-04-11T00:00:00Z"), Map.of("period", "3")));
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(1);
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    assertThat(line.get("kind").asText()).isEqualTo("slr-overdue");
    assertThat(line.get("step").asInt()).isEqualTo(12);
    assertThat(line.get("details").get("period").asText()).isEqualTo("3");
  }
}
