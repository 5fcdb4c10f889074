package dev.lift.processor.writing;

import static dev.lift.processor.writing.RuntimeNames.PARAMS;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.lift.processor.model.Parameter;
import dev.lift.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;

/** The expression that binds one path, query, header or cookie parameter. */
final class BindingWriter {
  private final Parameter parameter;
  private final ValueType value;

  BindingWriter(Parameter parameter) {
    this.parameter = parameter;
    this.value = parameter.value().orElseThrow();
  }

  CodeBlock expression() {
    String what = parameter.what();
    switch (value.container()) {
      case LIST:
        return value.scalar() == ValueType.Scalar.STRING
            ? all()
            : CodeBlock.of("$T.toList($L, $S, $L)", PARAMS, all(), what, converter());
      case OPTIONAL:
        return CodeBlock.of("$T.toOptional($L, $S, $L)", PARAMS, first(), what, converter());
      default:
        CodeBlock raw = parameter.source() == Parameter.Source.PATH
            ? first()
            : CodeBlock.of("$T.required($L, $S)", PARAMS, first(), what);
        return convert(raw, what);
    }
  }

  /** The single raw value: never null for a path variable, null when absent otherwise. */
  private CodeBlock first() {
    switch (parameter.source()) {
      case PATH:
        return CodeBlock.of("request.$L($L)", parameter.greedy() ? "decodedFrom" : "decodedSegment", parameter.pathIndex());
      case QUERY:
        return CodeBlock.of("request.query().first($S)", parameter.name());
      case HEADER:
        return CodeBlock.of("request.headers().first($S)", parameter.name());
      default:
        return CodeBlock.of("request.cookie($S)", parameter.name());
    }
  }

  private CodeBlock all() {
    return parameter.source() == Parameter.Source.QUERY
        ? CodeBlock.of("request.query().all($S)", parameter.name())
        : CodeBlock.of("request.headers().all($S)", parameter.name());
  }

  private CodeBlock convert(CodeBlock raw, String what) {
    switch (value.scalar()) {
      case STRING:
        return raw;
      case ENUM:
        return CodeBlock.of("$T.toEnum($L, $S, $T::valueOf, $S)", PARAMS, raw, what, enumType(), enumConstants());
      default:
        return CodeBlock.of("$T.$L($L, $S)", PARAMS, value.scalar().converter(), raw, what);
    }
  }

  /** A {@code Params.Converter} for Optional and List elements. */
  private CodeBlock converter() {
    if (value.scalar() == ValueType.Scalar.ENUM) {
      return CodeBlock.of("(value, what) -> $T.toEnum(value, what, $T::valueOf, $S)", PARAMS, enumType(), enumConstants());
    }
    return CodeBlock.of("$T::$L", PARAMS, value.scalar().converter());
  }

  private TypeName enumType() {
    return TypeName.get(value.scalarType());
  }

  private String enumConstants() {
    List<String> names = new ArrayList<>();
    for (Element e : ((DeclaredType) value.scalarType()).asElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        names.add(e.getSimpleName().toString());
      }
    }
    return String.join(", ", names);
  }
}
