package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.mlmeta.internal.urn.UrnText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A DataHub URN such as {@code urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)}: an entity type and a key
 * of one part or a parenthesised tuple of parts, where a part may itself be a URN.
 *
 * <p>{@link #toString()} is the canonical text; two URNs are equal when their texts are equal, whatever Java class
 * holds them, so {@code Urn.parse(s).equals(DatasetUrn.parse(s))}. Typed subclasses ({@link DatasetUrn},
 * {@link CorpUserUrn} …) name the parts and check them. For use in a URL path, take {@link #urlEncoded()}; the URN
 * text itself is never URL-encoded.
 *
 * <pre>{@code
 * Urn urn = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
 * urn.entityType();   // "mlModel"
 * urn.parts();        // ["urn:li:dataPlatform:mlflow", "churn", "PROD"]
 * }</pre>
 */
public class Urn implements Comparable<Urn> {
  private static final String PREFIX = "urn:li:";

  private final String text;
  private final String entityType;
  private final List<String> parts;
  private final boolean tuple;

  /** Copies a parsed URN into a typed subclass. */
  protected Urn(Urn parsed) {
    this.text = parsed.text;
    this.entityType = parsed.entityType;
    this.parts = parsed.parts;
    this.tuple = parsed.tuple;
  }

  private Urn(String text, String entityType, List<String> parts, boolean tuple) {
    this.text = text;
    this.entityType = entityType;
    this.parts = parts;
    this.tuple = tuple;
  }

  /**
   * Parses URN text of any entity type.
   *
   * @throws UrnSyntaxException if the text is not a well-formed URN; the message quotes it
   */
  @JsonCreator
  public static Urn parse(String text) {
    if (text == null) {
      throw new UrnSyntaxException("null", "text must not be null");
    }
    if (!text.startsWith(PREFIX)) {
      throw new UrnSyntaxException(text, "a URN starts with 'urn:li:'");
    }
    int typeEnd = text.indexOf(':', PREFIX.length());
    if (typeEnd < 0) {
      throw new UrnSyntaxException(text, "no ':' after the entity type");
    }
    String type = text.substring(PREFIX.length(), typeEnd);
    checkEntityType(text, type);
    String key = text.substring(typeEnd + 1);
    if (key.isEmpty()) {
      throw new UrnSyntaxException(text, "the key is empty");
    }
    checkBalanced(text, key);
    if (key.charAt(0) == '(') {
      int close = closingParen(key, 0);
      if (close != key.length() - 1) {
        throw new UrnSyntaxException(text, "text after the closing parenthesis of the key: '"
            + key.substring(close + 1) + "'");
      }
      List<String> parts = splitTuple(text, key.substring(1, key.length() - 1));
      return new Urn(text, type, parts, true);
    }
    checkPart(text, key, 0);
    return new Urn(text, type, List.of(key), false);
  }

  /**
   * Builds a URN from its entity type and key parts. Each part is taken as plain text: DataHub's reserved
   * characters {@code , ( ) ␟} in it are percent-encoded. More than one part makes a tuple key.
   *
   * @throws UrnSyntaxException if the entity type is malformed or a part is empty
   */
  public static Urn create(String entityType, String... keyParts) {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(keyParts, "keyParts");
    List<String> encoded = new ArrayList<>(keyParts.length);
    for (int i = 0; i < keyParts.length; i++) {
      encoded.add(plainPart(entityType, "keyParts[" + i + "]", keyParts[i]));
    }
    return fromEncodedParts(entityType, encoded);
  }

  /**
   * Key part {@code value}, given as plain text for {@code field} of an {@code entityType} URN, checked and with
   * DataHub's reserved characters {@code , ( ) ␟} percent-encoded; for typed subclasses. A name must not be empty,
   * hold a control character (a line break, a tab, NUL ...: a URN is an identifier, in URLs and on one line in
   * DataHub's UI) nor start or end with whitespace (GMS refuses a URN that does, and {@code "churn "} would name
   * another entity than {@code "churn"}). URN text that is parsed is not held to these rules, so that every URN
   * DataHub holds can be read.
   *
   * @throws NullPointerException naming {@code field} if {@code value} is null
   * @throws UrnSyntaxException naming {@code field} and quoting the value, escaped, if it breaks a rule
   */
  protected static String plainPart(String entityType, String field, String value) {
    Objects.requireNonNull(value, field);
    String what = field + " of " + (startsWithVowel(entityType) ? "an " : "a ") + entityType + " URN";
    if (value.isEmpty()) {
      throw new UrnSyntaxException(value, what + " must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new UrnSyntaxException(value, what + " must not hold control characters (line breaks, tabs ...) but "
            + "holds " + String.format("U+%04X", (int) value.charAt(i)) + " at index " + i);
      }
    }
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if (Character.isWhitespace(first) || Character.isSpaceChar(first) || Character.isWhitespace(last)
        || Character.isSpaceChar(last)) {
      throw new UrnSyntaxException(value, what + " must not start or end with whitespace (GMS refuses such URNs, "
          + "and it would name another entity than '" + value.strip() + "')");
    }
    return UrnText.encodePart(value);
  }

  /** Whether {@code word} is said with a vowel first: {@code an ml...} ("em-el"), {@code an e...}. */
  private static boolean startsWithVowel(String word) {
    return word.startsWith("ml") || (!word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0);
  }

  /**
   * Builds a URN from parts that are already in URN text form (nested URNs, escaped names); for typed subclasses.
   */
  protected static Urn fromEncodedParts(String entityType, List<String> parts) {
    return fromEncodedParts(entityType, parts, -1);
  }

  /**
   * As {@link #fromEncodedParts(String, List)}, where part {@code urnObjectPart} is the text of a URN object (checked
   * when it was made), so it is not parsed again.
   */
  static Urn fromEncodedParts(String entityType, List<String> parts, int urnObjectPart) {
    boolean tuple = parts.size() > 1;
    int length = PREFIX.length() + entityType.length() + 1 + (tuple ? 2 + parts.size() - 1 : 0);
    for (String part : parts) {
      length += part == null ? 4 : part.length();
    }
    StringBuilder text = new StringBuilder(length).append(PREFIX).append(entityType).append(':');
    if (tuple) {
      text.append('(');
    }
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(parts.get(i));
    }
    if (tuple) {
      text.append(')');
    }
    String urn = text.toString();
    checkEntityType(urn, entityType);
    if (parts.isEmpty()) {
      throw new UrnSyntaxException(urn, "the key is empty");
    }
    for (int i = 0; i < parts.size(); i++) {
      if (i != urnObjectPart) {
        checkPart(urn, parts.get(i), i);
      }
    }
    return new Urn(urn, entityType, List.copyOf(parts), tuple);
  }

  /**
   * Parses {@code text} and checks that it is a URN of {@code expectedType} with {@code expectedParts} key parts;
   * for typed subclasses. {@code partNames} describes the parts for the error message, e.g. "(platform, name, env)".
   */
  protected static Urn parseAs(String text, String expectedType, int expectedParts, String partNames) {
    Urn urn = parse(text);
    if (!urn.entityType.equals(expectedType)) {
      throw new UrnSyntaxException(text, "expected a " + expectedType + " URN but got a " + urn.entityType + " URN");
    }
    if (urn.parts.size() != expectedParts) {
      throw new UrnSyntaxException(text, "a " + expectedType + " URN has " + expectedParts + " key part"
          + (expectedParts == 1 ? "" : "s") + " " + partNames + " but this one has " + urn.parts.size());
    }
    return urn;
  }

  /**
   * Builds a one-part URN of {@code entityType} from plain text, or takes {@code value} as it is when it already is
   * the text of a URN of that type; for typed subclasses. {@code field} names the part in error messages.
   */
  protected static Urn singlePart(String entityType, String field, String value) {
    if (value != null && value.startsWith(PREFIX + entityType + ":")) {
      return parseAs(value, entityType, 1, "(" + field + ")");
    }
    return fromEncodedParts(entityType, List.of(plainPart(entityType, field, value)));
  }

  /** The entity type, e.g. {@code mlModel}. */
  public final String entityType() {
    return entityType;
  }

  /** The key parts as they appear in the URN text: nested URNs as URN text, names with reserved characters escaped. */
  public final List<String> parts() {
    return parts;
  }

  /** Key part {@code index} as it appears in the URN text. */
  public final String part(int index) {
    return parts.get(index);
  }

  /** Key part {@code index} with DataHub's reserved-character escapes decoded. */
  public final String decodedPart(int index) {
    return UrnText.decodePart(parts.get(index));
  }

  /** The key: everything after {@code urn:li:<entityType>:}, parentheses included. */
  public final String key() {
    return text.substring(PREFIX.length() + entityType.length() + 1);
  }

  /** This URN percent-encoded for use as one URL path segment or query value (RFC 3986 unreserved kept). */
  public final String urlEncoded() {
    return UrnText.urlEncode(text);
  }

  /** The canonical URN text. */
  @JsonValue
  @Override
  public final String toString() {
    return text;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof Urn && ((Urn) other).text.equals(text);
  }

  @Override
  public final int hashCode() {
    return text.hashCode();
  }

  /** Orders URNs by their text. */
  @Override
  public final int compareTo(Urn other) {
    return text.compareTo(Objects.requireNonNull(other, "other").text);
  }

  final boolean isTuple() {
    return tuple;
  }

  private static void checkEntityType(String text, String type) {
    if (type == null || type.isEmpty()) {
      throw new UrnSyntaxException(text, "the entity type is empty");
    }
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
      if (!ok) {
        throw new UrnSyntaxException(text, "the entity type '" + type + "' may hold only letters and digits");
      }
    }
  }

  private static void checkPart(String text, String part, int index) {
    if (part == null || part.isEmpty()) {
      throw new UrnSyntaxException(text, "key part " + index + " is empty");
    }
    if (part.startsWith(PREFIX)) {
      try {
        parse(part);
      } catch (UrnSyntaxException e) {
        throw new UrnSyntaxException(text, "key part " + index + " is a malformed URN (" + e.getMessage() + ")");
      }
    }
  }

  private static void checkBalanced(String text, String key) {
    int depth = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        throw new UrnSyntaxException(text, "unbalanced parentheses: ')' at key position " + i + " closes nothing");
      }
    }
    if (depth != 0) {
      throw new UrnSyntaxException(text, "unbalanced parentheses: " + depth + " '(' never closed");
    }
  }

  private static int closingParen(String key, int open) {
    int depth = 0;
    for (int i = open; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitTuple(String text, String inner) {
    List<String> parts = new ArrayList<>(4);
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(inner.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(inner.substring(start));
    for (int i = 0; i < parts.size(); i++) {
      checkPart(text, parts.get(i), i);
    }
    return Collections.unmodifiableList(parts);
  }
}
