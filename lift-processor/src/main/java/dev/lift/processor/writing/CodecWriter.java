package dev.lift.processor.writing;

import static dev.lift.processor.writing.RuntimeNames.DATABIND_CODEC;
import static dev.lift.processor.writing.RuntimeNames.JSON_CODEC;
import static dev.lift.processor.writing.RuntimeNames.JSON_GENERATOR;
import static dev.lift.processor.writing.RuntimeNames.JSON_PARSER;
import static dev.lift.processor.writing.RuntimeNames.TYPE_REFERENCE;

import com.squareup.javapoet.AnnotationSpec;
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
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.writing.EntryBodyCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>An application whose routes read and write at most {@link #MAX_ENTRY_BODY_TYPES} JSON body
 * types with nothing to check has the entry class read and write them itself: it overrides
 * {@code LiftRuntime.readBody} and {@code writeBody} with a case per type, calling helpers of its
 * own ({@link EntryBodyCode}), and routes call {@code Json.body(request, this, 0)}. Its first
 * request then loads no codec class and no {@code JsonCodec}: three classes fewer for a route that
 * reads one type and writes another, about 0.7 ms of cold start (0.2 to 0.3 ms a class, JDK 17, C1
 * only, Lambda's flags). Past a handful of types, the code of those the first request does not use
 * would weigh on every cold start instead.
 */
final class CodecWriter {
  private final ClassName holder;
  private final JsonCodecs json;
  /** Type name as written, to field; sorted so the output is deterministic. */
  private final Map<String, FieldSpec> fields = new TreeMap<>();
  private final Map<String, TypeSpec> nestedCodecs = new TreeMap<>();
  private final Map<String, CodeBlock> references = new HashMap<>();
  private final NameAllocator names = new NameAllocator();
  private final NameAllocator classNames = new NameAllocator();

  /**
   * How many JSON body types an entry class reads and writes itself, at most. Their code costs a
   * cold start about 7 to 25 µs a kilobyte whether the first request uses it or not (measured on
   * 10 KB of unused code, and on synthetic classes), a type's readers and writers 2 to 4 KB; a
   * codec class and {@code JsonCodec} not loaded save 0.2 to 0.3 ms each.
   */
  static final int MAX_ENTRY_BODY_TYPES = 8;

  /** The body types the entry class reads and writes itself, by type name. */
  private final Map<String, EntryBody> entryBodies = new HashMap<>();
  /** Their numbers, in order of first use by a route. */
  private final Map<String, Integer> entryNumbers = new HashMap<>();
  private final Set<String> entryReads = new LinkedHashSet<>();
  private final Set<String> entryWrites = new LinkedHashSet<>();
  private Optional<EntryBodyCode> entryCode = Optional.empty();

  /**
   * Generated codecs where {@code json} can write them, jackson-databind for the rest; the entry
   * class's own code for {@code bodyTypes} when they qualify (see the class comment).
   *
   * @param bodyTypes every JSON body type the entry class's routes read or write
   * @param memberNames the entry class's member names, which its helpers must not clash with
   */
  CodecWriter(ClassName holder, JsonCodecs json, Collection<TypeMirror> bodyTypes, NameAllocator memberNames) {
    this.holder = holder;
    this.json = json;
    Map<String, EntryBody> qualifying = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (TypeMirror type : bodyTypes) {
      TypeName typeName = TypeName.get(type);
      String key = typeName.toString();
      if (seen.add(key)) {
        json.entrySlot(type, holder.packageName()).ifPresent(slot -> qualifying.put(key, new EntryBody(typeName, slot)));
      }
    }
    if (qualifying.isEmpty() || qualifying.size() > MAX_ENTRY_BODY_TYPES) {
      return;
    }
    entryBodies.putAll(qualifying);
    entryCode = Optional.of(json.entryBodyCode(memberNames, holder.packageName()));
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

  /**
   * What follows the request in the {@code Json.body} call that reads a body of the type: {@code
   * this, 0} when the entry class reads it itself, else the codec's expression.
   */
  CodeBlock readArguments(TypeMirror type) {
    return arguments(type, entryReads);
  }

  /**
   * What follows the value in the {@code WireResponse} call that writes a body of the type: {@code
   * this, 0} when the entry class writes it itself, else the codec's expression.
   */
  CodeBlock writeArguments(TypeMirror type) {
    return arguments(type, entryWrites);
  }

  /** {@code this} and the type's number, noting the use in {@code uses}; else the codec's expression. */
  private CodeBlock arguments(TypeMirror type, Set<String> uses) {
    String key = TypeName.get(type).toString();
    if (!entryBodies.containsKey(key)) {
      return reference(type);
    }
    uses.add(key);
    return CodeBlock.of("this, $L", number(key));
  }

  /** The entry class's number of a body type it reads or writes itself, numbered in order of first use. */
  private int number(String key) {
    Integer known = entryNumbers.get(key);
    if (known != null) {
      return known;
    }
    int number = entryNumbers.size();
    entryNumbers.put(key, number);
    return number;
  }

  /**
   * Adds to the entry class what reads and writes the body types it handles itself: {@code
   * readBody} and {@code writeBody} with a case per type, their helpers and their field name
   * constants. Adds nothing when no route used {@link #readArguments} or {@link #writeArguments}
   * on such a type.
   */
  void writeEntryMembers(TypeSpec.Builder type) {
    if (entryCode.isEmpty() || entryNumbers.isEmpty()) {
      return;
    }
    EntryBodyCode code = entryCode.get();
    if (!entryReads.isEmpty()) {
      CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (body)");
      for (String key : entryReads) {
        EntryBody entry = entryBodies.get(key);
        body.add("case $L: // $T\n", entryNumbers.get(key), entry.type()).indent()
            .addStatement("return $L", code.read(entry.slot()))
            .unindent();
      }
      body.add("default:\n").indent().addStatement("return super.readBody(body, parser)").unindent().endControlFlow();
      type.addMethod(MethodSpec.methodBuilder("readBody")
          .addJavadoc("Reads the JSON bodies this class reads itself, with the parser on the value's first token.\n")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(Object.class)
          .addParameter(int.class, "body")
          .addParameter(JSON_PARSER, "parser")
          .addException(IOException.class)
          .addCode(body.build())
          .build());
    }
    if (!entryWrites.isEmpty()) {
      CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (body)");
      boolean unchecked = false;
      for (String key : entryWrites) {
        EntryBody entry = entryBodies.get(key);
        TypeName boxed = entry.type().box();
        unchecked |= !(boxed instanceof ClassName) && !(boxed instanceof ArrayTypeName array && !array.toString().contains("<"));
        body.add("case $L: // $T\n", entryNumbers.get(key), entry.type()).indent()
            .add(code.write(entry.slot(), CodeBlock.of("($T) value", boxed)))
            .addStatement("return")
            .unindent();
      }
      body.add("default:\n").indent().addStatement("super.writeBody(body, generator, value)").unindent().endControlFlow();
      MethodSpec.Builder method = MethodSpec.methodBuilder("writeBody")
          .addJavadoc("Writes the JSON bodies this class writes itself.\n")
          .addAnnotation(Override.class);
      if (unchecked) {
        method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
      }
      type.addMethod(method.addModifiers(Modifier.PUBLIC)
          .addParameter(int.class, "body")
          .addParameter(JSON_GENERATOR, "generator")
          .addParameter(Object.class, "value")
          .addException(IOException.class)
          .addCode(body.build())
          .build());
    }
    code.constants().forEach(type::addField);
    code.helpers().forEach(type::addMethod);
  }

  private Optional<CodeBlock> generated(TypeMirror type, TypeName typeName, String key) {
    String nestedName = classNames.newName(capitalize(readable(typeName)) + "Codec", key);
    return json.codec(type, holder.nestedClass(nestedName)).map(codec -> {
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

  /** A body type the entry class reads and writes itself: its name as written, and its JSON slot. */
  private record EntryBody(TypeName type, Slot slot) {}
}
