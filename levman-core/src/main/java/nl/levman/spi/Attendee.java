package nl.levman.spi;

import static java.util.Objects.requireNonNull;

/** Someone invited to a meeting: a name, an e-mail address, and whether attendance is required. */
public record Attendee(String name, String email, boolean required) {
  public Attendee {
    requireNonNull(name, "name");
    requireNonNull(email, "email");
    if (!email.matches("[^@\\s]+@[^@\\s]+")) {
      throw new nl.levman.model.LevmanException("attendee " + name + ": not an e-mail address: " + email);
    }
  }
}
