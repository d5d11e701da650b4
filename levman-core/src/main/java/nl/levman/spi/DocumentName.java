package nl.levman.spi;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.levman.model.LevmanException;

/**
 * A file name for a document in the archive, as a user or host system gives it. It can never leave
 * the archive root: a name that is empty, {@code .} or {@code ..}, holds a path separator, a drive
 * letter or a control character, is a reserved device name (CON, NUL, COM1…), ends in a dot or a
 * space, is longer than {@value #MAX_LENGTH} characters, or is one of the archive's own names
 * ({@code levman.properties}, anything starting with {@code .levman-}) cannot be built.
 */
public record DocumentName(String value) {
  public static final int MAX_LENGTH = 120;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");
  private static final Pattern DEVICE =
      Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");
  private static final Set<Character> FORBIDDEN = Set.of('/', '\\', ':', '*', '?', '"', '<', '>', '|');

  public DocumentName {
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw new LevmanException(problem.get());
    }
  }

  /**
   * Why the value cannot be a document name, naming it (such as {@code document name
   * 'levman.properties' is reserved for the archive's own records}); empty when it can.
   */
  public static Optional<String> problem(String value) {
    if (value == null || value.isEmpty()) {
      return reject(value, "is empty");
    }
    if (value.length() > MAX_LENGTH) {
      return reject(value.substring(0, 40) + "…", "is longer than " + MAX_LENGTH + " characters");
    }
    if (CONTROL.matcher(value).find()) {
      return reject(value.replaceAll("\\p{Cntrl}", "?"), "holds a control character");
    }
    if (value.equals(".") || value.equals("..")) {
      return reject(value, "points to a folder, not a document");
    }
    for (char c : value.toCharArray()) {
      if (FORBIDDEN.contains(c)) {
        return reject(value, "holds '" + c + "', which could leave the archive folder");
      }
    }
    if (DEVICE.matcher(value.toUpperCase(Locale.ROOT)).matches()) {
      return reject(value, "is a reserved device name");
    }
    if (value.endsWith(".") || value.endsWith(" ") || value.startsWith(" ")) {
      return reject(value, "starts or ends with a space or ends with a dot");
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("levman.properties") || lower.startsWith(".levman-")) {
      return reject(value, "is reserved for the archive's own records");
    }
    return Optional.empty();
  }

  private static Optional<String> reject(String value, String why) {
    return Optional.of("document name '" + value + "' " + why);
  }

  @Override
  public String toString() {
    return value;
  }
}
