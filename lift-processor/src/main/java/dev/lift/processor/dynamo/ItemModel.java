package dev.lift.processor.dynamo;

import java.util.List;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @DynamoItem} record as its table schema needs it.
 *
 * @param attributes one per record component, in declaration order
 */
record ItemModel(TypeElement type, List<Attribute> attributes) {
  ItemModel {
    attributes = List.copyOf(attributes);
  }

  /** How a component's values are stored. */
  enum Kind {
    STRING, NUMBER, BOOLEAN, DECIMAL, INSTANT, ENUM, STRING_LIST, STRING_SET, STRING_MAP
  }

  enum Key {
    NONE, PARTITION, SORT
  }

  /**
   * @param name the attribute name in DynamoDB
   * @param type the component's type as declared
   * @param kind empty-handed components never reach the model: validation reports them
   */
  record Attribute(RecordComponentElement component, String name, TypeMirror type, Kind kind, Key key) {
    String javaName() {
      return component.getSimpleName().toString();
    }

    boolean primitive() {
      return type.getKind().isPrimitive();
    }
  }
}
