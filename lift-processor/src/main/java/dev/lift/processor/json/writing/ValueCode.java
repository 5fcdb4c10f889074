package dev.lift.processor.json.writing;

import static dev.lift.processor.json.writing.JsonRuntime.BODY_ERRORS;
import static dev.lift.processor.json.writing.JsonRuntime.JSON_GENERATOR;
import static dev.lift.processor.json.writing.JsonRuntime.JSON_PARSER;
import static dev.lift.processor.json.writing.JsonRuntime.JSON;
import static dev.lift.processor.json.writing.JsonRuntime.JSON_TOKEN;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.lift.processor.json.model.CodecNames;
import dev.lift.processor.json.model.EnumModel;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Container;
import dev.lift.processor.json.model.JsonType.Named;
import dev.lift.processor.json.model.JsonType.Scalar;
import dev.lift.processor.json.model.ObjectModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The code that reads and writes one value of a {@link JsonType}: a call for scalars, and for
 * containers, enums and records or classes a private static helper method of the codec class, one
 * per type ({@code readListOfItem}, {@code writeListOfItem}, {@code readOrderStatus},
 * {@code readOrderLine}), written once however many properties use it. Read code runs with
 * {@code parser} on the value's first token; write code with {@code generator}.
 *
 * <p>Enums, records and classes get helpers rather than a call to their {@code <Type>_JsonCodec}:
 * that class would be one more class loaded on the first request (about 0.3 ms of cold start each,
 * JDK 17, C1 only). Their helpers have the bodies of that codec's {@code readValue} and
 * {@code writeValue}, from the same {@link EnumCode} or {@link ObjectCode}. A record or class is
 * still read through its codec's {@code INSTANCE} when it is the codec's own type (a {@code Node}
 * holding {@code List<Node>}: that class is loaded already), or when it lies in another package
 * and is not a public record reaching only public types (a class's constructor and getters may be
 * visible to its own package only; see {@link ForeignRecords}).
 *
 * <p>Types that hold each other ({@code A} holds {@code B} holds {@code A}) get helpers that call
 * each other: a helper's name is taken before its body is written, so the body's reference to a
 * type whose helper is being written calls that helper instead of writing a second one.
 */
final class ValueCode {
  private final NameAllocator methodNames;
  private final Function<TypeElement, EnumModel> enums;
  private final Function<TypeElement, ObjectModel> objects;
  private final NameConstants names;
  private final String packageName;
  private final Optional<TypeElement> self;
  private final Map<String, String> readers = new LinkedHashMap<>();
  private final Map<String, String> writers = new LinkedHashMap<>();
  private final List<MethodSpec> helpers = new ArrayList<>();

  /**
   * @param methodNames the codec class's own method names, so that helpers never clash
   * @param enums the model of each enum the values reach
   * @param objects the model of each record or class the values reach
   * @param names the codec class's field name constants, which record and class helpers add to
   * @param packageName the package of the codec class
   * @param self the type the codec class is the codec of, if any
   */
  ValueCode(NameAllocator methodNames, Function<TypeElement, EnumModel> enums,
      Function<TypeElement, ObjectModel> objects, NameConstants names, String packageName,
      Optional<TypeElement> self) {
    this.methodNames = methodNames;
    this.enums = enums;
    this.objects = objects;
    this.names = names;
    this.packageName = packageName;
    this.self = self;
  }

  /** The helper methods written so far, in the order first needed. */
  List<MethodSpec> helpers() {
    return List.copyOf(helpers);
  }

  /** An expression that reads a value of the type from {@code parser}. */
  CodeBlock read(JsonType type, boolean primitive) {
    if (type instanceof Scalar scalar) {
      return CodeBlock.of("$T.$L(parser)", JsonRuntime.helpers(scalar.kind()),
          primitive && scalar.primitive() ? scalar.kind().primitiveReader() : scalar.kind().reader());
    }
    if (type instanceof Named named && named.isEnum()) {
      return CodeBlock.of("$L(parser)", enumReader(named));
    }
    if (type instanceof Named named && inlined(named)) {
      return CodeBlock.of("$L(parser)", objectReader(named));
    }
    if (type instanceof Named named) {
      return CodeBlock.of("$T.INSTANCE.readValue(parser)", CodecNames.codecClass(named.element()));
    }
    return CodeBlock.of("$L(parser)", reader((Container) type));
  }

  /** A statement that writes {@code value}, an expression of the type, to {@code generator}. */
  CodeBlock write(JsonType type, CodeBlock value) {
    if (type instanceof Scalar scalar) {
      if (scalar.primitive()) {
        switch (scalar.kind()) {
          case BOOLEAN:
            return CodeBlock.of("generator.writeBoolean($L);\n", value);
          case CHAR:
            return CodeBlock.of("$T.writeChar(generator, $L);\n", JsonRuntime.JSON_SCALARS, value);
          default:
            return CodeBlock.of("generator.writeNumber($L);\n", value);
        }
      }
      if (scalar.kind() == dev.lift.processor.json.model.ScalarKind.STRING) {
        return CodeBlock.of("generator.writeString($L);\n", value);
      }
      return CodeBlock.of("$T.$L(generator, $L);\n", JsonRuntime.helpers(scalar.kind()), scalar.kind().writer(), value);
    }
    if (type instanceof Named named && named.isEnum()) {
      return CodeBlock.of("$L(generator, $L);\n", enumWriter(named), value);
    }
    if (type instanceof Named named && inlined(named)) {
      return CodeBlock.of("$L(generator, $L);\n", objectWriter(named), value);
    }
    if (type instanceof Named named) {
      return CodeBlock.of("$T.INSTANCE.writeValue(generator, $L);\n", CodecNames.codecClass(named.element()), value);
    }
    return CodeBlock.of("$L(generator, $L);\n", writer((Container) type), value);
  }

  private String reader(Container container) {
    TypeName type = TypeName.get(container.type());
    return helper(readers, "read", type, name -> readerMethod(name, type).addCode(readBody(container)).build());
  }

  private String writer(Container container) {
    TypeName type = TypeName.get(container.type());
    return helper(writers, "write", type, name -> writerMethod(name, type).addCode(writeBody(container)).build());
  }

  /** The enum's read, from the same {@link EnumCode} as its codec class. */
  private String enumReader(Named named) {
    EnumCode code = new EnumCode(enums.apply(named.element()));
    return helper(readers, "read", code.type(), name -> readerMethod(name, code.type())
        .addJavadoc("Reads a {@link $T} as {@code $L} does, without loading that class.\n", code.type(),
            CodecNames.codecClass(named.element()).simpleName())
        .addCode(code.read())
        .build());
  }

  /** The enum's write, from the same {@link EnumCode} as its codec class. */
  private String enumWriter(Named named) {
    EnumCode code = new EnumCode(enums.apply(named.element()));
    return helper(writers, "write", code.type(), name -> writerMethod(name, code.type())
        .addJavadoc("Writes a {@link $T} as {@code $L} does, without loading that class.\n", code.type(),
            CodecNames.codecClass(named.element()).simpleName())
        .addCode(code.write())
        .build());
  }

  /**
   * Whether a record or class is read and written by helpers of this class: not when it is the
   * codec class's own type, nor when code of this package may not construct it and call its
   * accessors ({@link ForeignRecords}).
   */
  private boolean inlined(Named named) {
    TypeElement element = named.element();
    if (self.isPresent() && self.get().getQualifiedName().contentEquals(element.getQualifiedName())) {
      return false;
    }
    return objects.apply(element) != null && ForeignRecords.readableFrom(element, packageName, objects);
  }

  /** The record's or class's read, from the same {@link ObjectCode} as its codec class. */
  private String objectReader(Named named) {
    ObjectCode code = new ObjectCode(objects.apply(named.element()), this, names);
    return helper(readers, "read", code.type(), name -> readerMethod(name, code.type())
        .addJavadoc("Reads a {@link $T} as {@code $L} does, without loading that class.\n", code.type(),
            CodecNames.codecClass(named.element()).simpleName())
        .addCode(code.read())
        .build());
  }

  /** The record's or class's write, from the same {@link ObjectCode} as its codec class. */
  private String objectWriter(Named named) {
    ObjectCode code = new ObjectCode(objects.apply(named.element()), this, names);
    return helper(writers, "write", code.type(), name -> writerMethod(name, code.type())
        .addJavadoc("Writes a {@link $T} as {@code $L} does, without loading that class.\n", code.type(),
            CodecNames.codecClass(named.element()).simpleName())
        .addCode(code.write())
        .build());
  }

  /**
   * The name of the helper that reads or writes {@code type}, declaring it the first time: {@code
   * readListOfItem}, {@code readOrderStatus}; types whose names read alike (two enums {@code Kind}
   * of different packages) get distinct ones from the allocator ({@code readKind}, {@code readKind_}).
   */
  private String helper(Map<String, String> names, String verb, TypeName type, Function<String, MethodSpec> method) {
    String key = type.toString();
    String existing = names.get(key);
    if (existing != null) {
      return existing;
    }
    String name = methodNames.newName(verb + readable(type), verb + " " + key);
    names.put(key, name);
    // Written after the helpers its body needs, as the order first needed.
    helpers.add(method.apply(name));
    return name;
  }

  private static MethodSpec.Builder readerMethod(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(JSON_PARSER, "parser")
        .addException(IOException.class);
  }

  private static MethodSpec.Builder writerMethod(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(type, "value")
        .addException(IOException.class);
  }

  private CodeBlock readBody(Container container) {
    JsonType element = container.element().type();
    TypeName elementType = TypeName.get(element.type());
    CodeBlock.Builder code = CodeBlock.builder();
    switch (container.kind()) {
      case OPTIONAL:
        return code.addStatement("return $T.isNull(parser) ? $T.empty() : $T.of($L)",
            JSON, Optional.class, Optional.class, read(element, false)).build();
      case MAP:
        code.beginControlFlow("if (!$T.startObject(parser))", JSON).addStatement("return null").endControlFlow()
            .addStatement("$T map = new $T<>()", TypeName.get(container.type()), LinkedHashMap.class)
            .beginControlFlow("for (String key = $T.nextField(parser); key != null; key = $T.nextField(parser))",
                JSON, JSON)
            .beginControlFlow("if (map.containsKey(key))")
            .addStatement("throw $T.duplicate(parser)", BODY_ERRORS)
            .endControlFlow()
            .addStatement("map.put(key, $L)", read(element, false))
            .endControlFlow()
            .addStatement("return map");
        return code.build();
      case ARRAY:
        code.beginControlFlow("if (!$T.startArray(parser))", JSON).addStatement("return null").endControlFlow();
        if (elementType.isPrimitive()) {
          code.addStatement("$T array = new $T[8]", ArrayTypeName.of(elementType), elementType)
              .addStatement("int size = 0")
              .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
              .beginControlFlow("if (size == array.length)")
              .addStatement("array = $T.copyOf(array, size * 2)", Arrays.class)
              .endControlFlow()
              .addStatement("array[size++] = $L", read(element, true))
              .endControlFlow()
              .addStatement("return $T.copyOf(array, size)", Arrays.class);
        } else {
          code.addStatement("$T list = new $T<>()", ParameterizedTypeName.get(ClassName.get(List.class), elementType),
                  ArrayList.class)
              .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
              .addStatement("list.add($L)", read(element, false))
              .endControlFlow()
              .addStatement("return list.toArray($L)", emptyArray(elementType));
        }
        return code.build();
      default:
        Class<?> implementation = container.kind() == JsonType.ContainerKind.SET ? LinkedHashSet.class : ArrayList.class;
        code.beginControlFlow("if (!$T.startArray(parser))", JSON).addStatement("return null").endControlFlow()
            .addStatement("$T values = new $T<>()", TypeName.get(container.type()), implementation)
            .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
            .addStatement("values.add($L)", read(element, false))
            .endControlFlow()
            .addStatement("return values");
        return code.build();
    }
  }

  /** {@code new Item[0]}, and {@code new int[0][]} for arrays of arrays. */
  private static CodeBlock emptyArray(TypeName elementType) {
    TypeName innermost = elementType;
    StringBuilder dimensions = new StringBuilder();
    while (innermost instanceof ArrayTypeName array) {
      innermost = array.componentType;
      dimensions.append("[]");
    }
    return CodeBlock.of("new $T[0]$L", innermost, dimensions);
  }

  private CodeBlock writeBody(Container container) {
    JsonType element = container.element().type();
    TypeName elementType = TypeName.get(element.type());
    CodeBlock.Builder code = CodeBlock.builder();
    if (container.kind() == JsonType.ContainerKind.OPTIONAL) {
      return code.beginControlFlow("if (value == null || value.isEmpty())")
          .addStatement("generator.writeNull()")
          .nextControlFlow("else")
          .add(write(element, CodeBlock.of("value.get()")))
          .endControlFlow()
          .build();
    }
    code.beginControlFlow("if (value == null)")
        .addStatement("generator.writeNull()")
        .addStatement("return")
        .endControlFlow();
    if (container.kind() == JsonType.ContainerKind.MAP) {
      return code.addStatement("generator.writeStartObject()")
          .beginControlFlow("for ($T entry : value.entrySet())",
              ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class), elementType))
          .addStatement("generator.writeFieldName(entry.getKey())")
          .add(write(element, CodeBlock.of("entry.getValue()")))
          .endControlFlow()
          .addStatement("generator.writeEndObject()")
          .build();
    }
    return code.addStatement("generator.writeStartArray()")
        .beginControlFlow("for ($T element : value)", elementType)
        .add(write(element, CodeBlock.of("element")))
        .endControlFlow()
        .addStatement("generator.writeEndArray()")
        .build();
  }

  /** {@code ListOfOrderLine}, {@code MapOfStringAndItem}, {@code IntArray}. */
  static String readable(TypeName type) {
    if (type instanceof ClassName className) {
      return String.join("", className.simpleNames());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      StringBuilder name = new StringBuilder(readable(parameterized.rawType));
      for (int i = 0; i < parameterized.typeArguments.size(); i++) {
        name.append(i == 0 ? "Of" : "And").append(readable(parameterized.typeArguments.get(i)));
      }
      return name.toString();
    }
    if (type instanceof ArrayTypeName array) {
      return readable(array.componentType) + "Array";
    }
    if (type.isPrimitive()) {
      String primitive = type.toString();
      return Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    }
    return "Value";
  }
}
