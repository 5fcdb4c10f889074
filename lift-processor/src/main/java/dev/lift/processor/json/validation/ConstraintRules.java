package dev.lift.processor.json.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.json.model.Constraint;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Container;
import dev.lift.processor.json.model.JsonType.ContainerKind;
import dev.lift.processor.json.model.JsonType.Scalar;
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.model.ObjectModel;
import dev.lift.processor.json.model.Property;
import dev.lift.processor.json.model.ScalarKind;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks that each constraint of a type with a generated codec can be checked: that it applies to
 * the type it is written on (as Bean Validation would refuse at run time, Lift refuses at compile
 * time) and that its members make sense. Constraints generated codecs do not check are warnings.
 */
public final class ConstraintRules {
  private static final String TEXT = "String";
  private static final String SIZED = "String, collections, maps and arrays";
  private static final String NUMBERS = "numbers (primitives, their boxes, BigDecimal and BigInteger)";
  private static final String BOOLEANS = "boolean and Boolean";

  private final Reporter reporter;

  public ConstraintRules(Reporter reporter) {
    this.reporter = reporter;
  }

  public void check(ObjectModel model) {
    for (Property property : model.properties()) {
      if (property.inConstructor()) {
        check(property.slot(), "field '" + property.jsonName() + "' of " + model.element().getQualifiedName());
      }
    }
  }

  /** The constraints of a slot and, inside containers, of their elements. */
  public void check(Slot slot, String where) {
    for (Constraint constraint : slot.constraints()) {
      check(constraint, slot.type(), where);
    }
    if (slot.type() instanceof Container container) {
      check(container.element(), where);
    }
  }

  private void check(Constraint constraint, JsonType type, String where) {
    if (constraint.kind() == Constraint.Kind.UNCHECKED) {
      reporter.warning(Messages.constraintNotChecked(constraint.display(), where, constraint.text()),
          constraint.element(), constraint.annotation());
      return;
    }
    JsonType checked = unwrapOptional(constraint, type);
    String appliesTo = appliesTo(constraint.kind(), checked);
    if (appliesTo != null) {
      reporter.error(Messages.constraintNotApplicable(constraint.display(), where, display(type), appliesTo),
          constraint.element(), constraint.annotation());
      return;
    }
    switch (constraint.kind()) {
      case SIZE:
        if (constraint.min() < 0 || constraint.max() < constraint.min()) {
          reporter.error(Messages.invalidSize(where, constraint.min(), constraint.max()),
              constraint.element(), constraint.annotation());
        }
        break;
      case PATTERN:
      case EMAIL:
        try {
          Pattern.compile(constraint.text(), constraint.flags());
        } catch (PatternSyntaxException e) {
          reporter.error(Messages.invalidPattern(constraint.display(), where, constraint.text(), e.getDescription()),
              constraint.element(), constraint.annotation());
        }
        break;
      case DECIMAL_MIN:
      case DECIMAL_MAX:
        try {
          new BigDecimal(constraint.text());
        } catch (NumberFormatException e) {
          reporter.error(Messages.invalidDecimalBound(constraint.display(), where, constraint.text()),
              constraint.element(), constraint.annotation());
        }
        break;
      default:
        break;
    }
  }

  /** Bean Validation checks a constraint on {@code Optional<T>} against the T inside, except @NotNull. */
  static JsonType unwrapOptional(Constraint constraint, JsonType type) {
    if (constraint.kind() != Constraint.Kind.NOT_NULL && type instanceof Container container
        && container.kind() == ContainerKind.OPTIONAL) {
      return container.element().type();
    }
    return type;
  }

  /** What the constraint applies to, when {@code type} is not among it; null when it applies. */
  private static String appliesTo(Constraint.Kind kind, JsonType type) {
    switch (kind) {
      case NOT_NULL:
        return null;
      case NOT_BLANK:
        return isScalar(type, ScalarKind.STRING) ? null : TEXT;
      case NOT_EMPTY:
      case SIZE:
        return isScalar(type, ScalarKind.STRING) || isScalar(type, ScalarKind.BASE64)
            || (type instanceof Container c && c.kind() != ContainerKind.OPTIONAL) ? null : SIZED;
      case PATTERN:
      case EMAIL:
        return isScalar(type, ScalarKind.STRING) ? null : TEXT;
      case ASSERT_TRUE:
      case ASSERT_FALSE:
        return isScalar(type, ScalarKind.BOOLEAN) ? null : BOOLEANS;
      default:
        return type instanceof Scalar scalar && scalar.kind().isNumber() ? null : NUMBERS;
    }
  }

  private static boolean isScalar(JsonType type, ScalarKind kind) {
    return type instanceof Scalar scalar && scalar.kind() == kind;
  }

  private static String display(JsonType type) {
    return type.type().toString().replaceAll("@\\S+ ", "");
  }
}
