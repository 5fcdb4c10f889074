package dev.lift.processor.json.writing;

import static dev.lift.processor.json.writing.JsonRuntime.CONSTRAINTS;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.lift.processor.json.model.CodecNames;
import dev.lift.processor.json.model.Constraint;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Container;
import dev.lift.processor.json.model.JsonType.ContainerKind;
import dev.lift.processor.json.model.JsonType.Named;
import dev.lift.processor.json.model.JsonType.Scalar;
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.model.ScalarKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The code of a codec's {@code validate} method: for each value, its constraints as plain
 * comparisons, then {@code @Valid} into nested objects and container elements with the path
 * stepped in and out. Constraints that need an object (a compiled regular expression, a decimal
 * bound) become constants of the codec class.
 */
final class CheckCode {
  /** The flags {@code @Pattern.Flag} stands for, in the order they are written out. */
  private static final Map<String, Integer> FLAGS = new java.util.LinkedHashMap<>();

  static {
    FLAGS.put("UNIX_LINES", Pattern.UNIX_LINES);
    FLAGS.put("CASE_INSENSITIVE", Pattern.CASE_INSENSITIVE);
    FLAGS.put("COMMENTS", Pattern.COMMENTS);
    FLAGS.put("MULTILINE", Pattern.MULTILINE);
    FLAGS.put("DOTALL", Pattern.DOTALL);
    FLAGS.put("UNICODE_CASE", Pattern.UNICODE_CASE);
    FLAGS.put("CANON_EQ", Pattern.CANON_EQ);
  }

  private final CheckIndex index;
  private final NameAllocator fieldNames;
  private final NameAllocator locals = new NameAllocator();
  private final List<FieldSpec> constants = new ArrayList<>();

  /** {@code fieldNames} holds the codec class's field names, so that constants never clash. */
  CheckCode(CheckIndex index, NameAllocator fieldNames) {
    this.index = index;
    this.fieldNames = fieldNames;
    locals.newName("value", "value");
    locals.newName("violations", "violations");
  }

  /** The constants the checks use, in the order first needed. */
  List<FieldSpec> constants() {
    return List.copyOf(constants);
  }

  /** A fresh local name for a property's value, unlike any other local of the method. */
  String local(String suggestion) {
    return locals.newName(suggestion);
  }

  /**
   * Checks the value held in {@code local}: violations go to the field {@code field} of the
   * current path, or to the current path itself when {@code field} is null.
   */
  CodeBlock check(Slot slot, String local, String field) {
    CodeBlock.Builder code = CodeBlock.builder();
    JsonType type = slot.type();
    boolean optional = type instanceof Container c && c.kind() == ContainerKind.OPTIONAL;
    List<Constraint> inner = new ArrayList<>();
    for (Constraint constraint : slot.constraints()) {
      if (constraint.kind() == Constraint.Kind.UNCHECKED) {
        continue;
      }
      if (optional && constraint.kind() != Constraint.Kind.NOT_NULL) {
        inner.add(constraint); // Bean Validation checks these against the value inside
        continue;
      }
      code.beginControlFlow("if ($L)", violated(constraint, type, local, field))
          .add(add(field, constraint.message()))
          .endControlFlow();
    }
    if (type instanceof Container container) {
      code.add(elements(container, local, field, inner));
    } else if (type instanceof Named named && slot.cascade() && !named.isEnum() && index.hasChecks(named.element())) {
      code.beginControlFlow("if ($L != null)", local);
      if (field != null) {
        code.addStatement("violations.enter($S)", field);
      }
      code.addStatement("$T.INSTANCE.validate($L, violations)", CodecNames.codecClass(named.element()), local);
      if (field != null) {
        code.addStatement("violations.leave()");
      }
      code.endControlFlow();
    }
    return code.build();
  }

  private CodeBlock elements(Container container, String local, String field, List<Constraint> unwrapped) {
    Slot element = container.element();
    Slot checked = new Slot(element.type(), concat(unwrapped, element.constraints()), element.cascade());
    if (!index.hasChecks(checked)) {
      return CodeBlock.of("");
    }
    TypeName elementType = TypeName.get(element.type().type());
    boolean optional = container.kind() == ContainerKind.OPTIONAL;
    String value = locals.newName(field == null ? "element" : field.replaceAll("[^A-Za-z0-9_$]", "_")
        + (optional ? "Value" : "Element"));
    CodeBlock.Builder code = CodeBlock.builder();
    if (optional) {
      return code.beginControlFlow("if ($L != null && $L.isPresent())", local, local)
          .addStatement("$T $L = $L.get()", elementType, value, local)
          .add(check(checked, value, field))
          .endControlFlow()
          .build();
    }
    code.beginControlFlow("if ($L != null)", local);
    if (field != null) {
      code.addStatement("violations.enter($S)", field);
    }
    if (container.kind() == ContainerKind.MAP) {
      String entry = locals.newName("entry");
      code.beginControlFlow("for ($T $L : $L.entrySet())",
              ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class), elementType),
              entry, local)
          .addStatement("violations.enter($L.getKey())", entry)
          .addStatement("$T $L = $L.getValue()", elementType, value, entry);
    } else {
      String position = locals.newName("index");
      code.addStatement("int $L = 0", position)
          .beginControlFlow("for ($T $L : $L)", elementType, value, local)
          .addStatement("violations.enter($L++)", position);
    }
    code.add(check(checked, value, null))
        .addStatement("violations.leave()")
        .endControlFlow();
    if (field != null) {
      code.addStatement("violations.leave()");
    }
    return code.endControlFlow().build();
  }

  private static List<Constraint> concat(List<Constraint> first, List<Constraint> second) {
    List<Constraint> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static CodeBlock add(String field, String message) {
    return field == null
        ? CodeBlock.of("violations.add($S);\n", message)
        : CodeBlock.of("violations.add($S, $S);\n", field, message);
  }

  /** A boolean expression that is true when the value in {@code v} violates the constraint. */
  private CodeBlock violated(Constraint constraint, JsonType type, String v, String field) {
    boolean primitive = type instanceof Scalar scalar && scalar.primitive();
    String nonNull = primitive ? "" : v + " != null && ";
    switch (constraint.kind()) {
      case NOT_NULL:
        return type instanceof Container c && c.kind() == ContainerKind.OPTIONAL
            ? CodeBlock.of("$L == null || $L.isEmpty()", v, v)
            : CodeBlock.of("$L == null", v);
      case NOT_BLANK:
        return CodeBlock.of("$L == null || $T.isBlank($L)", v, CONSTRAINTS, v);
      case NOT_EMPTY:
        return CodeBlock.of("$L == null || $L == 0", v, size(type, v));
      case SIZE:
        return CodeBlock.of("$L$L", nonNull, sizeOutside(constraint, size(type, v)));
      case ASSERT_TRUE:
        return CodeBlock.of("$L!$L", nonNull, v);
      case ASSERT_FALSE:
        return CodeBlock.of("$L$L", nonNull, v);
      case PATTERN:
        return CodeBlock.of("$L!$L.matcher($L).matches()", nonNull, pattern(constraint, v), v);
      case EMAIL:
        return ".*".equals(constraint.text())
            ? CodeBlock.of("$L!$T.isEmail($L)", nonNull, CONSTRAINTS, v)
            : CodeBlock.of("$L(!$T.isEmail($L) || !$L.matcher($L).matches())", nonNull, CONSTRAINTS, v,
                pattern(constraint, v), v);
      default:
        return CodeBlock.of("$L$L", nonNull, numberViolated(constraint, (Scalar) type, v, field));
    }
  }

  private static CodeBlock size(JsonType type, String v) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of(scalar.kind() == ScalarKind.BASE64 ? "$L.length" : "$L.length()", v);
    }
    return CodeBlock.of(((Container) type).kind() == ContainerKind.ARRAY ? "$L.length" : "$L.size()", v);
  }

  private static CodeBlock sizeOutside(Constraint size, CodeBlock length) {
    boolean min = size.min() > 0;
    boolean max = size.max() < Integer.MAX_VALUE;
    if (min && max) {
      return CodeBlock.of("($L < $L || $L > $L)", length, size.min(), length, size.max());
    }
    if (min) {
      return CodeBlock.of("$L < $L", length, size.min());
    }
    return max ? CodeBlock.of("$L > $L", length, size.max()) : CodeBlock.of("false");
  }

  /** Comparisons of numbers: plain operators for integers, NaN refused for floating point. */
  private CodeBlock numberViolated(Constraint constraint, Scalar type, String v, String field) {
    ScalarKind kind = type.kind();
    CodeBlock nan = kind.isFloatingPoint() ? CodeBlock.of("$T.isNaN($L) || ", Double.class, v) : CodeBlock.of("");
    CodeBlock sign = kind.isIntegral() || kind.isFloatingPoint() ? CodeBlock.of("$L", v)
        : CodeBlock.of("$L.signum()", v);
    switch (constraint.kind()) {
      case POSITIVE:
        return CodeBlock.of("($L$L <= 0)", nan, sign);
      case POSITIVE_OR_ZERO:
        return CodeBlock.of("($L$L < 0)", nan, sign);
      case NEGATIVE:
        return CodeBlock.of("($L$L >= 0)", nan, sign);
      case NEGATIVE_OR_ZERO:
        return CodeBlock.of("($L$L > 0)", nan, sign);
      case MIN:
        return kind.isIntegral()
            ? CodeBlock.of("$L < $LL", v, constraint.min())
            : CodeBlock.of("($L$T.compare($L, $LL) < 0)", nan, CONSTRAINTS, v, constraint.min());
      case MAX:
        return kind.isIntegral()
            ? CodeBlock.of("$L > $LL", v, constraint.max())
            : CodeBlock.of("($L$T.compare($L, $LL) > 0)", nan, CONSTRAINTS, v, constraint.max());
      case DECIMAL_MIN:
        return CodeBlock.of("($L$T.compare($L, $L) $L 0)", nan, CONSTRAINTS, v, decimal(constraint, v),
            constraint.inclusive() ? "<" : "<=");
      case DECIMAL_MAX:
        return CodeBlock.of("($L$T.compare($L, $L) $L 0)", nan, CONSTRAINTS, v, decimal(constraint, v),
            constraint.inclusive() ? ">" : ">=");
      default:
        throw new IllegalArgumentException("Not a number constraint: " + constraint.kind());
    }
  }

  private String pattern(Constraint constraint, String local) {
    String name = fieldNames.newName(constantName(local, "pattern"));
    CodeBlock initializer = constraint.flags() == 0
        ? CodeBlock.of("$T.compile($S)", Pattern.class, constraint.text())
        : CodeBlock.of("$T.compile($S, $L)", Pattern.class, constraint.text(), flags(constraint.flags()));
    constants.add(FieldSpec.builder(Pattern.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer).build());
    return name;
  }

  /** {@code Pattern.CASE_INSENSITIVE | Pattern.MULTILINE}. */
  private static CodeBlock flags(int flags) {
    List<CodeBlock> names = new ArrayList<>();
    for (Map.Entry<String, Integer> flag : FLAGS.entrySet()) {
      if ((flags & flag.getValue()) != 0) {
        names.add(CodeBlock.of("$T.$L", Pattern.class, flag.getKey()));
      }
    }
    return CodeBlock.join(names, " | ");
  }

  private String decimal(Constraint constraint, String local) {
    String name = fieldNames.newName(constantName(local,
        constraint.kind() == Constraint.Kind.DECIMAL_MIN ? "min" : "max"));
    constants.add(FieldSpec.builder(BigDecimal.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($S)", BigDecimal.class, constraint.text()).build());
    return name;
  }

  /** {@code unitPrice} and {@code min} become {@code UNIT_PRICE_MIN}. */
  private static String constantName(String local, String suffix) {
    String base = local;
    return (base.replaceAll("([a-z0-9])([A-Z])", "$1_$2") + "_" + suffix).toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9_]", "_");
  }
}
