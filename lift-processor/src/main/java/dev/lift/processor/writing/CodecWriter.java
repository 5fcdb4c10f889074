package dev.lift.processor.writing;

import static dev.lift.processor.writing.RuntimeNames.DATABIND_CODEC;
import static dev.lift.processor.writing.RuntimeNames.JSON_CODEC;
import static dev.lift.processor.writing.RuntimeNames.TYPE_REFERENCE;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON codecs of an application's body types, as constants of a nested {@code Codecs} class.
 * The JVM initialises that class on first use, so an application that never reads or writes a
 * JSON body never creates a codec, and a route that does creates them all at once.
 */
final class CodecWriter {
  private final ClassName holder;
  /** Type name as written, to field; sorted so the output is deterministic. */
  private final Map<String, FieldSpec> fields = new TreeMap<>();
  private final Map<String, String> fieldNames = new TreeMap<>();
  private final NameAllocator names = new NameAllocator();

  CodecWriter(ClassName holder) {
    this.holder = holder;
  }

  /** {@code Codecs.USER}: the codec of a body type, declared on first reference. */
  CodeBlock reference(TypeMirror type) {
    TypeName typeName = TypeName.get(type);
    String key = typeName.toString();
    String field = fieldNames.computeIfAbsent(key, k -> {
      String name = names.newName(constantName(typeName), k);
      fields.put(k, FieldSpec.builder(ParameterizedTypeName.get(JSON_CODEC, typeName), name, Modifier.STATIC, Modifier.FINAL)
          .initializer(initializer(typeName)).build());
      return name;
    });
    return CodeBlock.of("$T.$L", holder, field);
  }

  Optional<TypeSpec> write() {
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    TypeSpec.Builder codecs = TypeSpec.classBuilder(holder)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("JSON codecs of the body types, created when a route first reads or writes JSON.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    fields.values().forEach(codecs::addField);
    return Optional.of(codecs.build());
  }

  private static CodeBlock initializer(TypeName type) {
    if (type instanceof ClassName) {
      return CodeBlock.of("$T.of($T.class)", DATABIND_CODEC, type);
    }
    return CodeBlock.of("$T.of(new $T<$T>() {})", DATABIND_CODEC, TYPE_REFERENCE, type);
  }

  /** {@code User} becomes {@code USER}; {@code List<OrderLine>} becomes {@code LIST_OF_ORDER_LINE}. */
  private static String constantName(TypeName type) {
    return readable(type).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String readable(TypeName type) {
    if (type instanceof ClassName) {
      return ((ClassName) type).simpleName();
    }
    if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName parameterized = (ParameterizedTypeName) type;
      StringBuilder name = new StringBuilder(parameterized.rawType.simpleName());
      for (int i = 0; i < parameterized.typeArguments.size(); i++) {
        name.append(i == 0 ? "_of_" : "_and_").append(readable(parameterized.typeArguments.get(i)));
      }
      return name.toString();
    }
    if (type instanceof ArrayTypeName) {
      return readable(((ArrayTypeName) type).componentType) + "_array";
    }
    return "codec";
  }
}
