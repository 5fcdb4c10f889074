package dev.lift.processor.json.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One Jakarta Bean Validation constraint, read from its annotation mirror.
 *
 * @param min {@code @Size}'s min, {@code @Min}'s value
 * @param max {@code @Size}'s max, {@code @Max}'s value
 * @param text {@code @Pattern}'s and {@code @Email}'s regexp, {@code @DecimalMin}'s and
 *     {@code @DecimalMax}'s value
 * @param flags {@code java.util.regex.Pattern} flags of {@code @Pattern} and {@code @Email}
 * @param inclusive {@code @DecimalMin}'s and {@code @DecimalMax}'s inclusive
 * @param message what a client is told, with the annotation's members filled in
 * @param element where the annotation is written, for diagnostics
 */
public record Constraint(
    Kind kind,
    long min,
    long max,
    String text,
    int flags,
    boolean inclusive,
    String message,
    Element element,
    AnnotationMirror annotation) {

  /** The constraints generated codecs check; each knows its simple name and default message. */
  public enum Kind {
    NOT_NULL("NotNull", "must not be null"),
    NOT_BLANK("NotBlank", "must not be blank"),
    NOT_EMPTY("NotEmpty", "must not be empty"),
    SIZE("Size", "size must be between {min} and {max}"),
    MIN("Min", "must be greater than or equal to {value}"),
    MAX("Max", "must be less than or equal to {value}"),
    POSITIVE("Positive", "must be greater than 0"),
    POSITIVE_OR_ZERO("PositiveOrZero", "must be greater than or equal to 0"),
    NEGATIVE("Negative", "must be less than 0"),
    NEGATIVE_OR_ZERO("NegativeOrZero", "must be less than or equal to 0"),
    DECIMAL_MIN("DecimalMin", "must be greater than or equal to {value}"),
    DECIMAL_MAX("DecimalMax", "must be less than or equal to {value}"),
    PATTERN("Pattern", "must match \"{regexp}\""),
    EMAIL("Email", "must be a well-formed email address"),
    ASSERT_TRUE("AssertTrue", "must be true"),
    ASSERT_FALSE("AssertFalse", "must be false"),
    /** A constraint generated codecs do not check; {@code text} says why. Reported as a warning. */
    UNCHECKED("", "");

    private final String simpleName;
    private final String defaultMessage;

    Kind(String simpleName, String defaultMessage) {
      this.simpleName = simpleName;
      this.defaultMessage = defaultMessage;
    }

    public String simpleName() {
      return simpleName;
    }

    public String defaultMessage() {
      return defaultMessage;
    }
  }

  /** {@code @Size}: the annotation as a reader finds it in the source. */
  public String display() {
    return "@" + annotation.getAnnotationType().asElement().getSimpleName();
  }
}
