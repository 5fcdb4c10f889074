package dev.lift.processor.json.writing;

import dev.lift.processor.json.model.CodecNames;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Container;
import dev.lift.processor.json.model.JsonType.Named;
import dev.lift.processor.json.model.ObjectModel;
import dev.lift.processor.json.model.Property;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Which records and classes generated code may read and write with helpers of its own, from which
 * package: the alternative is a call to the type's codec class, one more class for a cold start to
 * load (0.2 to 0.3 ms each, JDK 17, C1 only).
 */
public final class ForeignRecords {
  private ForeignRecords() {}

  /**
   * Whether code of {@code packageName} may construct {@code type} and call its accessors: always
   * from its own package; from another, a public record (whose canonical constructor and accessors
   * the language makes public too) whose properties reach only public records, classes and enums,
   * so that the helpers can name each of them. Classes of other packages keep their codec class:
   * their constructor or getters may be visible to their own package only.
   */
  public static boolean readableFrom(TypeElement type, String packageName, Function<TypeElement, ObjectModel> objects) {
    if (CodecNames.codecClass(type).packageName().equals(packageName)) {
      return true;
    }
    return type.getKind() == ElementKind.RECORD && reachesOnlyPublic(type, objects, new HashSet<>());
  }

  private static boolean reachesOnlyPublic(TypeElement type, Function<TypeElement, ObjectModel> objects, Set<String> visited) {
    if (!visited.add(type.getQualifiedName().toString())) {
      return true;
    }
    if (!CodecFiles.isPublic(type)) {
      return false;
    }
    ObjectModel model = objects.apply(type);
    if (model == null) {
      return true; // an enum: its constants are as visible as it is
    }
    for (Property property : model.properties()) {
      if (!reachesOnlyPublic(property.type(), objects, visited)) {
        return false;
      }
    }
    return true;
  }

  private static boolean reachesOnlyPublic(JsonType type, Function<TypeElement, ObjectModel> objects, Set<String> visited) {
    if (type instanceof Container container) {
      return reachesOnlyPublic(container.element().type(), objects, visited);
    }
    return !(type instanceof Named named) || reachesOnlyPublic(named.element(), objects, visited);
  }
}
