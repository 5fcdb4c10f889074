package dev.lift.processor.json;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The representative application of JSON bodies under {@code src/test/resources/apps/json}: a
 * record with every kind of property and constraint, a class, an enum with a renamed constant, a
 * recursive type, and body types that are containers.
 */
final class JsonApplication {
  /** The package of the body types, whose generated codecs have golden files. */
  static final String MODEL = "com.example.json.model";

  private static final List<String> FILES = List.of(
      "com/example/json/JsonApp.java",
      "com/example/json/Accounts.java",
      "com/example/json/model/Account.java",
      "com/example/json/model/Address.java",
      "com/example/json/model/Money.java",
      "com/example/json/model/Node.java",
      "com/example/json/model/Tier.java");

  private JsonApplication() {}

  static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String file : FILES) {
      sources.add(JavaFileObjects.forResource("apps/json/" + file));
    }
    return sources;
  }
}
