package nl.levman.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place in a scenario file: the JSON value and its path, such as {@code commands[3].expect}.
 * Every read names the path when the value is missing, of the wrong type, or has a key the format
 * does not know, so that a typo is never ignored.
 */
final class Node {
  private final JsonNode json;
  private final String path;

  private Node(JsonNode json, String path) {
    this.json = json;
    this.path = path;
  }

  static Node root(JsonNode json) {
    return new Node(json, "");
  }

  String path() {
    return path.isEmpty() ? "(the file)" : path;
  }

  JsonNode json() {
    return json;
  }

  ScenarioException fail(String message) {
    return new ScenarioException(path() + ": " + message);
  }

  /** This value as an object with only these keys; an unknown key is refused with its name. */
  Node object(String what, Set<String> known) {
    if (!json.isObject()) {
      throw fail("must be " + what + " (a JSON object), not " + shown(json));
    }
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw fail("unknown key '" + name + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
    return this;
  }

  boolean has(String key) {
    return json.has(key) && !json.get(key).isNull();
  }

  Node at(String key) {
    return new Node(json.path(key), path.isEmpty() ? key : path + "." + key);
  }

  /** A required, non-blank text. */
  String text(String key) {
    if (!has(key)) {
      throw fail("'" + key + "' is missing");
    }
    return at(key).text();
  }

  Optional<String> optText(String key) {
    return has(key) ? Optional.of(at(key).text()) : Optional.empty();
  }

  /** This value as a non-blank text. */
  String text() {
    if (!json.isTextual()) {
      throw fail("must be a text, not " + shown(json));
    }
    if (json.asText().isBlank()) {
      throw fail("must not be empty");
    }
    return json.asText();
  }

  int whole(String key, int min) {
    if (!has(key)) {
      throw fail("'" + key + "' is missing");
    }
    return at(key).whole(min);
  }

  Optional<Integer> optWhole(String key, int min) {
    return has(key) ? Optional.of(at(key).whole(min)) : Optional.empty();
  }

  int whole(int min) {
    if (!json.isIntegralNumber() || !json.canConvertToInt()) {
      throw fail("must be a whole number, not " + shown(json));
    }
    if (json.asInt() < min) {
      throw fail("must be " + min + " or more, not " + json.asInt());
    }
    return json.asInt();
  }

  BigDecimal decimal(String key) {
    if (!has(key)) {
      throw fail("'" + key + "' is missing");
    }
    return at(key).decimal();
  }

  /** A number, written as a JSON number or as a text such as "99.9". */
  BigDecimal decimal() {
    if (json.isNumber()) {
      return json.decimalValue();
    }
    if (json.isTextual() && json.asText().matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
      return new BigDecimal(json.asText());
    }
    throw fail("must be a number such as 99.9, not " + shown(json));
  }

  Optional<Boolean> optBool(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    Node n = at(key);
    if (!n.json.isBoolean()) {
      throw n.fail("must be true or false, not " + shown(n.json));
    }
    return Optional.of(n.json.asBoolean());
  }

  /** The list under the key (empty when absent); each element with its path. */
  List<Node> list(String key) {
    if (!has(key)) {
      return List.of();
    }
    Node n = at(key);
    if (!n.json.isArray()) {
      throw n.fail("must be a list, not " + shown(n.json));
    }
    List<Node> all = new ArrayList<>();
    for (int i = 0; i < n.json.size(); i++) {
      all.add(new Node(n.json.get(i), n.path + "[" + i + "]"));
    }
    return all;
  }

  List<String> texts(String key) {
    return list(key).stream().map(Node::text).toList();
  }

  List<Integer> wholes(String key, int min) {
    return list(key).stream().map(n -> n.whole(min)).toList();
  }

  /** The object under the key as named members (empty when absent), in file order. */
  Map<String, Node> members(String key) {
    if (!has(key)) {
      return Map.of();
    }
    Node n = at(key);
    if (!n.json.isObject()) {
      throw n.fail("must be a JSON object, not " + shown(n.json));
    }
    Map<String, Node> all = new LinkedHashMap<>();
    n.json.fieldNames().forEachRemaining(name -> all.put(name, n.at(name)));
    return all;
  }

  static String shown(JsonNode n) {
    if (n.isMissingNode()) {
      return "nothing";
    }
    if (n.isTextual()) {
      return "the text \"" + n.asText() + "\"";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "an object";
    }
    return n.toString();
  }
}
