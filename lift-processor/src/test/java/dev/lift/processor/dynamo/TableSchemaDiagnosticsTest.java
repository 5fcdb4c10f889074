package dev.lift.processor.dynamo;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @DynamoItem} records the generated table schema cannot map. The annotations are declared
 * here under lift-dynamodb's names (the processor reads them by name and does not depend on it);
 * lift-dynamodb's own tests compile and run a schema that maps.
 */
class TableSchemaDiagnosticsTest {
  private static final String IMPORTS = "import dev.lift.dynamodb.schema.*; import java.util.*;";

  @Test
  void notARecord() {
    JavaFileObject item = item("Account", "@DynamoItem", "public class Account {}");

    Compilation compilation = compile(item);

    assertThat(compilation).hadErrorContaining("@DynamoItem com.example.Account is not a record.")
        .inFile(item).onLineContaining("@DynamoItem");
  }

  @Test
  void componentOfAnUnmappableType() {
    JavaFileObject item = item("Account", "@DynamoItem", "public record Account(@PartitionKey String id,",
        "    List<Integer> scores) {}");

    Compilation compilation = compile(item);

    assertThat(compilation).hadErrorContaining("Component 'scores' of @DynamoItem com.example.Account has type"
        + " java.util.List<java.lang.Integer>, which the generated table schema cannot map.")
        .inFile(item).onLineContaining("List<Integer> scores");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void noPartitionKey() {
    JavaFileObject item = item("Account", "@DynamoItem", "public record Account(String id) {}");

    Compilation compilation = compile(item);

    assertThat(compilation).hadErrorContaining("@DynamoItem com.example.Account has no @PartitionKey component:"
        + " mark exactly one.").inFile(item).onLineContaining("@DynamoItem");
  }

  @Test
  void twoPartitionKeys() {
    JavaFileObject item = item("Account", "@DynamoItem",
        "public record Account(@PartitionKey String id, @PartitionKey String other) {}");

    assertThat(compile(item)).hadErrorContaining("has 2 @PartitionKey components: mark exactly one.");
  }

  @Test
  void keyThatIsNeitherStringNorNumber() {
    JavaFileObject item = item("Account", "@DynamoItem", "public record Account(@PartitionKey String id,",
        "    @SortKey boolean open) {}");

    assertThat(compile(item)).hadErrorContaining("Key component 'open' of @DynamoItem com.example.Account has"
        + " type boolean: DynamoDB keys are strings or numbers.").inFile(item).onLineContaining("boolean open");
  }

  @Test
  void twoComponentsOnOneAttribute() {
    JavaFileObject item = item("Account", "@DynamoItem", "public record Account(@PartitionKey String id,",
        "    @AttributeName(\"id\") String other) {}");

    assertThat(compile(item)).hadErrorContaining("@DynamoItem com.example.Account maps two components to the"
        + " attribute 'id'. Rename one with @AttributeName.").inFile(item).onLineContaining("String other");
  }

  @Test
  void privateRecord() {
    JavaFileObject item = item("Outer", "public class Outer {",
        "  @DynamoItem private record Account(@PartitionKey String id) {}", "}");

    assertThat(compile(item)).hadErrorContaining("@DynamoItem com.example.Outer.Account is private")
        .inFile(item).onLineContaining("private record Account");
  }

  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(sources));
    all.add(annotation("DynamoItem", "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)"));
    all.add(annotation("PartitionKey", ""));
    all.add(annotation("SortKey", ""));
    all.add(JavaFileObjects.forSourceLines("dev.lift.dynamodb.schema.AttributeName",
        "package dev.lift.dynamodb.schema;", "public @interface AttributeName { String value(); }"));
    return javac().withProcessors(new TableSchemaProcessor()).compile(all);
  }

  private static JavaFileObject annotation(String name, String target) {
    return JavaFileObjects.forSourceLines("dev.lift.dynamodb.schema." + name,
        "package dev.lift.dynamodb.schema;", target, "public @interface " + name + " {}");
  }

  private static JavaFileObject item(String name, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package com.example;");
    all.add(IMPORTS);
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.example." + name, all);
  }
}
