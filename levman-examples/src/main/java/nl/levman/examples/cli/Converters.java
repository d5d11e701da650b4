package nl.levman.examples.cli;

import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values checked as they are parsed, so that a bad one is a usage error naming it. */
final class Converters {
  private Converters() {}

  static int whole(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
  }

  /** A count such as {@code --limit}: 1 or more. */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = whole(value);
      if (n < 1) {
        throw new TypeConversionException("'" + value + "' is less than 1; give 1 or more");
      }
      return n;
    }
  }

  /** A table width in characters: 40 to 1000. */
  static final class Columns implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = whole(value);
      if (n < 40 || n > 1000) {
        throw new TypeConversionException("'" + value + "' is not a width from 40 to 1000");
      }
      return n;
    }
  }

  /** An instance id as the user typed it, or a user error saying why it cannot be one. */
  static InstanceId instance(String value) {
    if (value == null || value.isBlank()) {
      throw CliException.user("the instance id is empty; 'levman instances' lists them");
    }
    try {
      return InstanceId.of(value);
    } catch (LevmanException e) {
      throw CliException.user("'" + TextTable.cut(value, 40) + "' cannot be an instance id: "
          + "an id has 1 to 100 characters");
    }
  }
}
