package dev.lift.processor.reading;

import dev.lift.processor.model.BodyType;
import dev.lift.processor.model.ValueType;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/** Classifies Java types into the conversions and body forms the generated code supports. */
public final class TypeReader {
  public static final String RESPONSE = "dev.lift.runtime.http.Response";
  public static final String REQUEST = "dev.lift.runtime.http.Request";
  public static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  public static final String EXCHANGE = "dev.lift.runtime.http.Exchange";
  public static final String MIDDLEWARE = "dev.lift.runtime.middleware.Middleware";
  public static final String LIFT_ERROR = "dev.lift.runtime.error.LiftError";

  private final Types types;
  private final ProcessingEnvironment env;

  public TypeReader(ProcessingEnvironment env) {
    this.env = env;
    this.types = env.getTypeUtils();
  }

  /** The conversion for a parameter type, or empty when the type cannot be converted. */
  public Optional<ValueType> valueType(TypeMirror type) {
    Optional<ValueType.Scalar> scalar = scalar(type);
    if (scalar.isPresent()) {
      return Optional.of(new ValueType(ValueType.Container.SINGLE, scalar.get(), type));
    }
    for (ValueType.Container container : List.of(ValueType.Container.OPTIONAL, ValueType.Container.LIST)) {
      String name = container == ValueType.Container.OPTIONAL ? "java.util.Optional" : "java.util.List";
      Optional<TypeMirror> argument = typeArgument(type, name);
      if (argument.isPresent() && argument.get().getKind() == TypeKind.DECLARED) {
        Optional<ValueType.Scalar> inner = scalar(argument.get());
        if (inner.isPresent()) {
          return Optional.of(new ValueType(container, inner.get(), argument.get()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ValueType.Scalar> scalar(TypeMirror type) {
    switch (type.getKind()) {
      case INT: return Optional.of(ValueType.Scalar.INT);
      case LONG: return Optional.of(ValueType.Scalar.LONG);
      case SHORT: return Optional.of(ValueType.Scalar.SHORT);
      case BYTE: return Optional.of(ValueType.Scalar.BYTE);
      case DOUBLE: return Optional.of(ValueType.Scalar.DOUBLE);
      case FLOAT: return Optional.of(ValueType.Scalar.FLOAT);
      case BOOLEAN: return Optional.of(ValueType.Scalar.BOOLEAN);
      case CHAR: return Optional.of(ValueType.Scalar.CHAR);
      case DECLARED: break;
      default: return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(ValueType.Scalar.ENUM);
    }
    switch (element.getQualifiedName().toString()) {
      case "java.lang.String": return Optional.of(ValueType.Scalar.STRING);
      case "java.lang.Integer": return Optional.of(ValueType.Scalar.INT);
      case "java.lang.Long": return Optional.of(ValueType.Scalar.LONG);
      case "java.lang.Short": return Optional.of(ValueType.Scalar.SHORT);
      case "java.lang.Byte": return Optional.of(ValueType.Scalar.BYTE);
      case "java.lang.Double": return Optional.of(ValueType.Scalar.DOUBLE);
      case "java.lang.Float": return Optional.of(ValueType.Scalar.FLOAT);
      case "java.lang.Boolean": return Optional.of(ValueType.Scalar.BOOLEAN);
      case "java.lang.Character": return Optional.of(ValueType.Scalar.CHAR);
      case "java.util.UUID": return Optional.of(ValueType.Scalar.UUID);
      default: return Optional.empty();
    }
  }

  /** The form of a {@code @Body} parameter. */
  public BodyType requestBody(TypeMirror type) {
    Optional<TypeMirror> inner = typeArgument(type, "java.util.Optional");
    if (inner.isPresent()) {
      BodyType body = bodyOf(inner.get());
      return new BodyType(body.form(), body.type(), true);
    }
    return bodyOf(type);
  }

  /** The form of a response body type (the T of a bare return or of {@code Response<T>}). */
  public BodyType bodyOf(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID || isNamed(type, "java.lang.Void")) {
      return new BodyType(BodyType.Form.EMPTY, type, false);
    }
    if (isNamed(type, "java.lang.String")) {
      return new BodyType(BodyType.Form.TEXT, type, false);
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return new BodyType(BodyType.Form.BINARY, type, false);
    }
    TypeMirror json = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
    return new BodyType(BodyType.Form.JSON, json, false);
  }

  /** The single type argument of {@code type} when it is the named generic type. */
  public Optional<TypeMirror> typeArgument(TypeMirror type, String genericType) {
    if (!isNamed(type, genericType)) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.size() == 1 ? Optional.of(arguments.get(0)) : Optional.empty();
  }

  public boolean isNamed(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** Whether a type, or any type argument or component inside it, failed to resolve. */
  public boolean hasErrors(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return hasErrors(((ArrayType) type).getComponentType());
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (hasErrors(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a type is, or has inside it, a type variable, which generated code cannot name. */
  public boolean hasTypeVariables(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
        return true;
      case ARRAY:
        return hasTypeVariables(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && hasTypeVariables(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && hasTypeVariables(wildcard.getSuperBound()));
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(this::hasTypeVariables);
      default:
        return false;
    }
  }

  public ProcessingEnvironment env() {
    return env;
  }
}
