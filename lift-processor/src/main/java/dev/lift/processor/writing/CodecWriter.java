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
import dev.lift.processor.json.JsonCodecs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON codec of each body type, chosen per type: the codec class Lift generated for a record,
 * class or enum ({@code User_JsonCodec.INSTANCE}, loaded when a route first uses it); for other
 * types a generated codec nested in the entry class's {@code Codecs}; and for a type Lift cannot
 * generate a codec for, {@code DatabindCodec} (validation has warned why). Constants of
 * {@code Codecs} are created when the JVM initialises that class, on the first JSON a route reads
 * or writes through one.
 */
final class CodecWriter {
  private final ClassName holder;
  private final Optional<JsonCodecs> json;
  /** Type name as written, to field; sorted so the output is deterministic. */
  private final Map<String, FieldSpec> fields = new TreeMap<>();
  private final Map<String, TypeSpec> nestedCodecs = new TreeMap<>();
  private final Map<String, CodeBlock> references = new HashMap<>();
  private final NameAllocator names = new NameAllocator();
  private final NameAllocator classNames = new NameAllocator();

  /** Generated codecs where {@code json} can write them, jackson-databind for the rest. */
  CodecWriter(ClassName holder, JsonCodecs json) {
    this(holder, Optional.of(json));
  }

  private CodecWriter(ClassName holder, Optional<JsonCodecs> json) {
    this.holder = holder;
    this.json = json;
  }

  /** The expression of a body type's codec: {@code User_JsonCodec.INSTANCE} or {@code Codecs.LIST_OF_USER}. */
  CodeBlock reference(TypeMirror type) {
    TypeName typeName = TypeName.get(type);
    String key = typeName.toString();
    CodeBlock known = references.get(key);
    if (known != null) {
      return known;
    }
    CodeBlock reference = generated(type, typeName, key).orElseGet(() -> field(typeName, key, databind(typeName)));
    references.put(key, reference);
    return reference;
  }

  private Optional<CodeBlock> generated(TypeMirror type, TypeName typeName, String key) {
    if (json.isEmpty()) {
      return Optional.empty();
    }
    String nestedName = classNames.newName(capitalize(readable(typeName)) + "Codec", key);
    return json.get().codec(type, holder.nestedClass(nestedName)).map(codec -> {
      if (codec.codecClass().isPresent()) {
        return CodeBlock.of("$T.INSTANCE", codec.codecClass().get());
      }
      TypeSpec nested = codec.nested().orElseThrow();
      nestedCodecs.put(key, nested);
      return field(typeName, key, CodeBlock.of("new $N()", nested));
    });
  }

  private CodeBlock field(TypeName typeName, String key, CodeBlock initializer) {
    String name = names.newName(constantName(typeName), key);
    fields.put(key, FieldSpec.builder(ParameterizedTypeName.get(JSON_CODEC, typeName), name, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer).build());
    return CodeBlock.of("$T.$L", holder, name);
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
    List<TypeSpec> nested = new ArrayList<>(nestedCodecs.values());
    nested.forEach(codecs::addType);
    return Optional.of(codecs.build());
  }

  private static CodeBlock databind(TypeName type) {
    if (type instanceof ClassName) {
      return CodeBlock.of("$T.of($T.class)", DATABIND_CODEC, type);
    }
    return CodeBlock.of("$T.of(new $T<$T>() {})", DATABIND_CODEC, TYPE_REFERENCE, type);
  }

  /** {@code User} becomes {@code USER}; {@code List<OrderLine>} becomes {@code LIST_OF_ORDER_LINE}. */
  private static String constantName(TypeName type) {
    return readable(type).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String capitalize(String name) {
    StringBuilder camel = new StringBuilder();
    for (String part : name.split("_")) {
      if (!part.isEmpty()) {
        camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return camel.toString();
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
