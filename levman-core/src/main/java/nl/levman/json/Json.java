package nl.levman.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.levman.model.LevmanException;

/**
 * Writes and parses JSON trees made of {@link Map} (keys kept in their order), {@link List}, {@link
 * String}, {@link Number}, {@link Boolean} and {@code null}. Output is compact and deterministic:
 * the same tree always gives the same text, which is what the history's hash chain needs. Numbers
 * parse as {@link Long} when integral and as {@link BigDecimal} otherwise. Parsing is bounded:
 * nesting deeper than {@link #MAX_DEPTH} and numbers beyond {@link #MAX_DIGITS} are errors that say
 * so, never a stack overflow or a runaway computation.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder(128);
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new LevmanException("JSON has no value for " + d);
      }
      out.append(BigDecimal.valueOf(d).toPlainString());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Iterable<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      throw new LevmanException("cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Parses one JSON value; malformed text is a {@link LevmanException} naming line and column. */
  public static Object parse(String text) {
    Parser p = new Parser(text);
    p.space();
    Object value = p.value();
    p.space();
    if (p.pos < text.length()) {
      throw p.error("unexpected text after the value");
    }
    return value;
  }

  /** Parses a JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new LevmanException("expected a JSON object, got: " + abbreviate(text));
    }
    return (Map<String, Object>) value;
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  /** How deep objects and lists may nest in a parsed text. */
  public static final int MAX_DEPTH = 64;
  /** How many digits, and how large an exponent, a parsed number may have. */
  public static final int MAX_DIGITS = 64;

  private static final class Parser {
    private final String s;
    private int pos;
    private int depth;

    Parser(String s) {
      this.s = s;
    }

    Object value() {
      if (pos >= s.length()) {
        throw error("unexpected end of text");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return nested(true);
        case '[':
          return nested(false);
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected character '" + c + "'");
      }
    }

    private Object nested(boolean object) {
      if (++depth > MAX_DEPTH) {
        throw error("nested deeper than " + MAX_DEPTH + " levels");
      }
      Object value = object ? object() : array();
      depth--;
      return value;
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      pos++;
      space();
      if (peek('}')) {
        pos++;
        return map;
      }
      while (true) {
        space();
        if (!peek('"')) {
          throw error("expected a quoted key");
        }
        String key = string();
        space();
        expect(':');
        space();
        if (map.put(key, value()) != null) {
          throw error("duplicate key '" + key + "'");
        }
        space();
        if (peek(',')) {
          pos++;
        } else {
          expect('}');
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      space();
      if (peek(']')) {
        pos++;
        return list;
      }
      while (true) {
        space();
        list.add(value());
        space();
        if (peek(',')) {
          pos++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      pos++;
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          if (pos >= s.length()) {
            break;
          }
          char e = s.charAt(pos++);
          switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              if (pos + 4 > s.length()) {
                throw error("incomplete \\u escape");
              }
              try {
                out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              } catch (NumberFormatException ex) {
                throw error("bad \\u escape");
              }
              pos += 4;
            }
            default -> throw error("bad escape '\\" + e + "'");
          }
        } else if (c < 0x20) {
          throw error("control character in a string");
        } else {
          out.append(c);
        }
      }
      throw error("unterminated string");
    }

    private Object number() {
      int start = pos;
      if (peek('-')) {
        pos++;
      }
      while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String text = s.substring(start, pos);
      if (text.length() > MAX_DIGITS) {
        pos = start;
        throw error("a number of more than " + MAX_DIGITS + " characters");
      }
      try {
        BigDecimal d = new BigDecimal(text);
        if (Math.abs((long) d.scale()) > MAX_DIGITS * 4L) {
          pos = start;
          throw error("a number out of range '" + text + "'");
        }
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
          try {
            return d.longValueExact();
          } catch (ArithmeticException tooBig) {
            return d;
          }
        }
        return d;
      } catch (NumberFormatException e) {
        pos = start;
        throw error("bad number '" + text + "'");
      }
    }

    private Object literal(String word, Object value) {
      if (!s.startsWith(word, pos)) {
        throw error("unexpected word");
      }
      pos += word.length();
      return value;
    }

    private boolean peek(char c) {
      return pos < s.length() && s.charAt(pos) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    void space() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    LevmanException error(String what) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < Math.min(pos, s.length()); i++) {
        if (s.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new LevmanException("malformed JSON at line " + line + ", column " + column + ": " + what);
    }
  }
}
