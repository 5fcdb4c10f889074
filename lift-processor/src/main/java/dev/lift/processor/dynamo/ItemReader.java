package dev.lift.processor.dynamo;

import dev.lift.processor.base.Annotations;
import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @DynamoItem} record into an {@link ItemModel}, reporting on the element at fault
 * whatever the generated schema could not map; empty when anything was reported.
 */
final class ItemReader {
  static final String DYNAMO_ITEM = "dev.lift.dynamodb.schema.DynamoItem";
  static final String PARTITION_KEY = "dev.lift.dynamodb.schema.PartitionKey";
  static final String SORT_KEY = "dev.lift.dynamodb.schema.SortKey";
  static final String ATTRIBUTE_NAME = "dev.lift.dynamodb.schema.AttributeName";

  private final Types types;
  private final ProcessingEnvironment env;
  private final Reporter reporter;

  ItemReader(ProcessingEnvironment env, Reporter reporter) {
    this.env = env;
    this.types = env.getTypeUtils();
    this.reporter = reporter;
  }

  Optional<ItemModel> read(TypeElement type) {
    AnnotationMirror annotation = Annotations.find(type, DYNAMO_ITEM).orElseThrow();
    String name = type.getQualifiedName().toString();
    if (type.getKind() != ElementKind.RECORD) {
      reporter.error(Messages.dynamoNotARecord(name), type, annotation);
      return Optional.empty();
    }
    if (!accessible(type)) {
      reporter.error(Messages.dynamoNotAccessible(name), type, annotation);
      return Optional.empty();
    }
    List<ItemModel.Attribute> attributes = new ArrayList<>();
    boolean clean = true;
    int partitionKeys = 0;
    int sortKeys = 0;
    for (RecordComponentElement component : type.getRecordComponents()) {
      TypeMirror componentType = component.asType();
      Optional<ItemModel.Kind> kind = kindOf(componentType);
      boolean partition = Annotations.find(component, PARTITION_KEY).isPresent();
      boolean sort = Annotations.find(component, SORT_KEY).isPresent();
      String javaName = component.getSimpleName().toString();
      if (kind.isEmpty()) {
        reporter.error(Messages.dynamoUnsupportedType(name, javaName, componentType.toString()), at(component));
        clean = false;
        continue;
      }
      if (partition && sort) {
        reporter.error(Messages.dynamoTwoKeys(name, javaName), at(component));
        clean = false;
        continue;
      }
      if ((partition || sort) && kind.get() != ItemModel.Kind.STRING && kind.get() != ItemModel.Kind.NUMBER) {
        reporter.error(Messages.dynamoKeyType(name, javaName, componentType.toString()), at(component));
        clean = false;
        continue;
      }
      partitionKeys += partition ? 1 : 0;
      sortKeys += sort ? 1 : 0;
      String attributeName = Annotations.find(component, ATTRIBUTE_NAME)
          .map(mirror -> Annotations.stringValue(mirror, "value")).orElse(javaName);
      if (attributeName.isEmpty()) {
        reporter.error(Messages.dynamoEmptyAttributeName(name, javaName), at(component));
        clean = false;
        continue;
      }
      attributes.add(new ItemModel.Attribute(component, attributeName, componentType, kind.get(),
          partition ? ItemModel.Key.PARTITION : sort ? ItemModel.Key.SORT : ItemModel.Key.NONE));
    }
    if (partitionKeys != 1 && clean) {
      reporter.error(Messages.dynamoPartitionKeyCount(name, partitionKeys), type, annotation);
      clean = false;
    }
    if (sortKeys > 1) {
      reporter.error(Messages.dynamoSortKeyCount(name, sortKeys), type, annotation);
      clean = false;
    }
    List<String> names = new ArrayList<>();
    for (ItemModel.Attribute attribute : attributes) {
      if (names.contains(attribute.name())) {
        reporter.error(Messages.dynamoDuplicateAttribute(name, attribute.name()), at(attribute.component()));
        clean = false;
      }
      names.add(attribute.name());
    }
    return clean ? Optional.of(new ItemModel(type, attributes)) : Optional.empty();
  }

  /**
   * Where a diagnostic about a component goes: javac gives record components no source position
   * of their own, but the record's field of that name has the component's.
   */
  private static Element at(RecordComponentElement component) {
    for (VariableElement field : ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
  }

  /** Whether a component's type still awaits another processor (an error type for now). */
  static boolean unresolved(TypeElement type) {
    for (RecordComponentElement component : type.getRecordComponents()) {
      if (hasErrors(component.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasErrors(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (hasErrors(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<ItemModel.Kind> kindOf(TypeMirror type) {
    switch (type.getKind()) {
      case INT:
      case LONG:
      case DOUBLE:
        return Optional.of(ItemModel.Kind.NUMBER);
      case BOOLEAN:
        return Optional.of(ItemModel.Kind.BOOLEAN);
      case DECLARED:
        break;
      default:
        return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return accessible(element) ? Optional.of(ItemModel.Kind.ENUM) : Optional.empty();
    }
    switch (element.getQualifiedName().toString()) {
      case "java.lang.String":
        return Optional.of(ItemModel.Kind.STRING);
      case "java.lang.Integer":
      case "java.lang.Long":
      case "java.lang.Double":
        return Optional.of(ItemModel.Kind.NUMBER);
      case "java.lang.Boolean":
        return Optional.of(ItemModel.Kind.BOOLEAN);
      case "java.math.BigDecimal":
        return Optional.of(ItemModel.Kind.DECIMAL);
      case "java.time.Instant":
        return Optional.of(ItemModel.Kind.INSTANT);
      case "java.util.List":
        return onlyStrings(declared, 1) ? Optional.of(ItemModel.Kind.STRING_LIST) : Optional.empty();
      case "java.util.Set":
        return onlyStrings(declared, 1) ? Optional.of(ItemModel.Kind.STRING_SET) : Optional.empty();
      case "java.util.Map":
        return onlyStrings(declared, 2) ? Optional.of(ItemModel.Kind.STRING_MAP) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private boolean onlyStrings(DeclaredType type, int count) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != count) {
      return false;
    }
    TypeMirror string = env.getElementUtils().getTypeElement("java.lang.String").asType();
    return arguments.stream().allMatch(argument -> types.isSameType(argument, string));
  }

  /** Code in the record's package can name it: public, or package-private but not private, and not inside a private class. */
  private static boolean accessible(TypeElement type) {
    for (TypeElement t = type; t != null;
        t = t.getNestingKind() == NestingKind.MEMBER ? (TypeElement) t.getEnclosingElement() : null) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
    }
    return true;
  }
}
