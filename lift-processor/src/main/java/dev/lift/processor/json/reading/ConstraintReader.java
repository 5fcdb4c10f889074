package dev.lift.processor.json.reading;

import dev.lift.processor.json.model.Constraint;
import dev.lift.processor.json.model.Constraint.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads Jakarta Bean Validation constraints from annotation mirrors, by name: the processor does
 * not depend on jakarta.validation-api, the user's code does when it uses them.
 */
final class ConstraintReader {
  static final String PACKAGE = "jakarta.validation.constraints.";
  static final String VALID = "jakarta.validation.Valid";
  static final String CONSTRAINT = "jakarta.validation.Constraint";

  private static final Map<String, Integer> FLAGS = Map.of(
      "UNIX_LINES", Pattern.UNIX_LINES,
      "CASE_INSENSITIVE", Pattern.CASE_INSENSITIVE,
      "COMMENTS", Pattern.COMMENTS,
      "MULTILINE", Pattern.MULTILINE,
      "DOTALL", Pattern.DOTALL,
      "UNICODE_CASE", Pattern.UNICODE_CASE,
      "CANON_EQ", Pattern.CANON_EQ);

  private ConstraintReader() {}

  static boolean isValid(List<Mirrors.Placed> annotations) {
    return Mirrors.find(annotations, VALID).isPresent();
  }

  /** The constraints among the annotations, in the order written; others are left alone. */
  static List<Constraint> read(List<Mirrors.Placed> annotations) {
    List<Constraint> constraints = new ArrayList<>();
    for (Mirrors.Placed placed : annotations) {
      AnnotationMirror mirror = placed.mirror();
      String name = Mirrors.name(mirror);
      boolean standard = name.startsWith(PACKAGE);
      if (!standard && !isCustomConstraint(mirror)) {
        continue;
      }
      Kind kind = standard ? kind(name.substring(PACKAGE.length())) : Kind.UNCHECKED;
      if (kind != Kind.UNCHECKED && hasGroups(mirror)) {
        constraints.add(unchecked(placed, "it belongs to validation groups, and generated codecs check the default group only"));
      } else if (kind == Kind.UNCHECKED) {
        constraints.add(unchecked(placed, "generated codecs do not check it"));
      } else {
        constraints.add(constraint(kind, placed));
      }
    }
    return constraints;
  }

  private static Kind kind(String simpleName) {
    for (Kind kind : Kind.values()) {
      if (kind != Kind.UNCHECKED && kind.simpleName().equals(simpleName)) {
        return kind;
      }
    }
    return Kind.UNCHECKED;
  }

  private static boolean isCustomConstraint(AnnotationMirror mirror) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    return type.getAnnotationMirrors().stream().anyMatch(meta -> Mirrors.name(meta).equals(CONSTRAINT));
  }

  private static boolean hasGroups(AnnotationMirror mirror) {
    return Mirrors.explicit(mirror, "groups").map(v -> !((List<?>) v).isEmpty()).orElse(false);
  }

  private static Constraint unchecked(Mirrors.Placed placed, String why) {
    return new Constraint(Kind.UNCHECKED, 0, 0, why, 0, true, "", placed.element(), placed.mirror());
  }

  private static Constraint constraint(Kind kind, Mirrors.Placed placed) {
    AnnotationMirror mirror = placed.mirror();
    long min = 0;
    long max = 0;
    String text = "";
    int flags = 0;
    boolean inclusive = true;
    switch (kind) {
      case SIZE:
        min = number(mirror, "min");
        max = number(mirror, "max");
        break;
      case MIN:
        min = number(mirror, "value");
        break;
      case MAX:
        max = number(mirror, "value");
        break;
      case DECIMAL_MIN:
      case DECIMAL_MAX:
        text = string(mirror, "value");
        inclusive = (Boolean) Mirrors.value(mirror, "inclusive").orElse(true);
        break;
      case PATTERN:
      case EMAIL:
        text = string(mirror, "regexp");
        flags = flags(mirror);
        break;
      default:
        break;
    }
    return new Constraint(kind, min, max, text, flags, inclusive, message(kind, mirror, inclusive),
        placed.element(), mirror);
  }

  private static long number(AnnotationMirror mirror, String member) {
    return ((Number) Mirrors.value(mirror, member).orElse(0)).longValue();
  }

  private static String string(AnnotationMirror mirror, String member) {
    return String.valueOf(Mirrors.value(mirror, member).orElse(""));
  }

  private static int flags(AnnotationMirror mirror) {
    int flags = 0;
    for (Object value : (List<?>) Mirrors.value(mirror, "flags").orElse(List.of())) {
      Object flag = ((AnnotationValue) value).getValue();
      if (flag instanceof VariableElement constant) {
        flags |= FLAGS.getOrDefault(constant.getSimpleName().toString(), 0);
      }
    }
    return flags;
  }

  /**
   * The message a client reads: the annotation's own when it is not one of the specification's
   * resource keys (which would need a resource bundle at run time), else the specification's
   * default English text; {@code {min}} and the like are filled from the annotation's members.
   */
  private static String message(Kind kind, AnnotationMirror mirror, boolean inclusive) {
    String written = Mirrors.explicit(mirror, "message").map(String::valueOf).orElse("");
    String message = written.isEmpty() || written.startsWith("{jakarta.validation.constraints.")
        ? kind.defaultMessage()
        : written;
    if (!inclusive) {
      message = message.replace(" or equal to", "");
    }
    for (String member : List.of("min", "max", "value", "regexp", "inclusive")) {
      String placeholder = "{" + member + "}";
      if (message.contains(placeholder)) {
        message = message.replace(placeholder, String.valueOf(Mirrors.value(mirror, member).orElse("")));
      }
    }
    return message;
  }
}
