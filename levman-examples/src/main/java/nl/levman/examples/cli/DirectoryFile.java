package nl.levman.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;

/** The demo's directory (who holds which role for what), kept as JSON in the data folder. */
public final class DirectoryFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DirectoryFile() {}

  /** A grant as stored: person, role, scope kind and id. */
  public record Grant(String person, String role, RoleScope kind, String id) {}

  public static void save(Path data, List<Grant> grants) {
    ArrayNode array = JSON.createArrayNode();
    grants.forEach(g -> array.addObject().put("person", g.person()).put("role", g.role())
        .put("scope", g.kind().name()).put("id", g.id()));
    try {
      Files.writeString(data.resolve("directory.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static InMemoryDirectory load(Path data) {
    InMemoryDirectory directory = new InMemoryDirectory();
    Path file = data.resolve("directory.json");
    if (!Files.exists(file)) {
      return directory;
    }
    try {
      for (JsonNode g : JSON.readTree(file.toFile())) {
        RoleScope kind = RoleScope.valueOf(g.get("scope").asText());
        Scope scope = kind == RoleScope.ORGANISATION ? Scope.organisation() : new Scope(kind, g.get("id").asText());
        directory.grant(g.get("person").asText(), g.get("role").asText(), scope);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return directory;
  }
}
