package dev.lift.processor.json.writing;

import static dev.lift.processor.json.writing.JsonRuntime.BODY_ERRORS;
import static dev.lift.processor.json.writing.JsonRuntime.JSON;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeName;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.ObjectModel;
import dev.lift.processor.json.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a record or class is read and written: its fields into locals then its constructor, and
 * each property through its accessor. The one source of the bodies of the type's own codec class
 * ({@code readValue}, {@code writeValue}) and of the helper methods that codecs holding the type
 * write in themselves (see {@link ValueCode}), so both answer alike: same nulls, same 400s for
 * missing and duplicate fields, unknown fields skipped.
 */
final class ObjectCode {
  private final ObjectModel model;
  private final ClassName type;
  private final ValueCode values;
  private final NameConstants names;

  /**
   * @param values reads and writes the properties' values, with helpers of the codec class the code goes to
   * @param names the field name constants of that codec class
   */
  ObjectCode(ObjectModel model, ValueCode values, NameConstants names) {
    this.model = model;
    this.type = ClassName.get(model.element());
    this.values = values;
    this.names = names;
  }

  ClassName type() {
    return type;
  }

  /** The body of a method that reads the object {@code parser} is on, or null for JSON null. */
  CodeBlock read() {
    NameAllocator locals = new NameAllocator();
    locals.newName("parser", "parser");
    locals.newName("field", "field");
    List<Property> read = model.constructorProperties();
    Map<Property, String> valueLocals = new LinkedHashMap<>();
    Map<Property, String> seenLocals = new LinkedHashMap<>();
    for (Property property : read) {
      valueLocals.put(property, locals.newName(property.javaName(), property));
      seenLocals.put(property, locals.newName("has" + capitalize(property.javaName()), "has " + property.javaName()));
    }
    CodeBlock.Builder code = CodeBlock.builder()
        .beginControlFlow("if (!$T.startObject(parser))", JSON)
        .addStatement("return null")
        .endControlFlow();
    for (Property property : read) {
      code.addStatement("$T $L = $L", TypeName.get(property.type().type()), valueLocals.get(property),
          initialValue(property.type()));
      code.addStatement("boolean $L = false", seenLocals.get(property));
    }
    code.beginControlFlow("for (String field = $T.nextField(parser); field != null; field = $T.nextField(parser))",
        JSON, JSON);
    if (!read.isEmpty()) {
      code.beginControlFlow("switch (field)");
      for (Property property : read) {
        String seen = seenLocals.get(property);
        code.add("case $S:\n", property.jsonName()).indent()
            .beginControlFlow("if ($L)", seen)
            .addStatement("throw $T.duplicate(parser)", BODY_ERRORS)
            .endControlFlow()
            .addStatement("$L = true", seen)
            .addStatement("$L = $L", valueLocals.get(property), values.read(property.type(), true))
            .addStatement("break")
            .unindent();
      }
      code.add("default:\n").indent()
          .add("// Unknown fields are ignored, whatever they hold.\n")
          .addStatement("parser.skipChildren()")
          .unindent()
          .endControlFlow();
    } else {
      code.add("// Unknown fields are ignored, whatever they hold.\n").addStatement("parser.skipChildren()");
    }
    code.endControlFlow();
    for (Property property : read) {
      if (property.required()) {
        code.beginControlFlow("if (!$L)", seenLocals.get(property))
            .addStatement("throw $T.missing(parser, $S, $S)", BODY_ERRORS, property.jsonName(), expected(property.type()))
            .endControlFlow();
      }
    }
    List<CodeBlock> arguments = new ArrayList<>();
    read.forEach(p -> arguments.add(CodeBlock.of("$L", valueLocals.get(p))));
    return code.addStatement("return new $T($L)", type, CodeBlock.join(arguments, ", ")).build();
  }

  /** The body of a method that writes {@code value} to {@code generator}: its object, or null. */
  CodeBlock write() {
    CodeBlock.Builder code = CodeBlock.builder()
        .beginControlFlow("if (value == null)")
        .addStatement("generator.writeNull()")
        .addStatement("return")
        .endControlFlow()
        .addStatement("generator.writeStartObject()");
    for (Property property : model.properties()) {
      code.addStatement("generator.writeFieldName($L)", names.of(property.jsonName()))
          .add(values.write(property.type(), CodeBlock.of("value.$L()", property.accessor())));
    }
    return code.addStatement("generator.writeEndObject()").build();
  }

  /** Absent fields: zero for primitives (refused as missing before use), empty for Optional, else null. */
  private static CodeBlock initialValue(JsonType type) {
    if (type instanceof JsonType.Scalar scalar && scalar.primitive()) {
      switch (scalar.kind()) {
        case BOOLEAN:
          return CodeBlock.of("false");
        case CHAR:
          return CodeBlock.of("'\\0'");
        case LONG:
          return CodeBlock.of("0L");
        case FLOAT:
          return CodeBlock.of("0f");
        case DOUBLE:
          return CodeBlock.of("0d");
        default:
          return CodeBlock.of("0");
      }
    }
    if (type instanceof JsonType.Container container && container.kind() == JsonType.ContainerKind.OPTIONAL) {
      return CodeBlock.of("$T.empty()", Optional.class);
    }
    return CodeBlock.of("null");
  }

  /** What a client is told a missing field should hold. */
  private static String expected(JsonType type) {
    if (type instanceof JsonType.Scalar scalar) {
      return scalar.kind().expected();
    }
    if (type instanceof JsonType.Named named) {
      return named.isEnum() ? "a string" : "an object";
    }
    JsonType.Container container = (JsonType.Container) type;
    switch (container.kind()) {
      case MAP:
        return "an object";
      case OPTIONAL:
        return expected(container.element().type());
      default:
        return "an array";
    }
  }

  private static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
