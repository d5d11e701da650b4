package org.example.contractregister;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.Notification;

/**
 * A custom adapter: writes every notification as one JSON object per line to a file, where the
 * contract register's message relay picks them up. Lines are appended under a lock, so concurrent
 * commands never interleave within a line.
 */
public final class JsonLinesPublisher implements EventPublisher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public JsonLinesPublisher(Path file) {
    this.file = file;
  }

  @Override
  public void publish(Notification n) {
    ObjectNode line = JSON.createObjectNode()
        .put("kind", n.kind())
        .put("instance", n.instance().value())
        .put("process", n.processKey())
        .put("at", n.at().toString())
        .put("message", n.message());
    n.step().ifPresent(s -> line.put("step", s));
    ObjectNode details = line.putObject("details");
    n.details().forEach(details::put);
    byte[] bytes = (line.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      try {
        Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
            StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append a notification to " + file, e);
      }
    }
  }
}
