package dev.lift.processor.writing;

import static dev.lift.processor.writing.RuntimeNames.EXCHANGE;
import static dev.lift.processor.writing.RuntimeNames.RECOVERY;
import static dev.lift.processor.writing.RuntimeNames.WIRE_RESPONSE;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.lift.processor.model.RecoverMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Writes a scope's recovery: an {@code instanceof} chain over its {@code @Recover} methods, most
 * specific exception type first, falling through to the enclosing scope and finally to
 * {@code Recovery.standard}.
 */
final class RecoveryWriter {
  private final Map<TypeElement, String> instances;

  /** @param instances the fields holding the objects non-static recover methods are called on */
  RecoveryWriter(Map<TypeElement, String> instances) {
    this.instances = instances;
  }

  MethodSpec write(String name, String scope, List<RecoverMethod> recovers, CodeBlock fallback) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("Recovery for $L: its {@code @Recover} methods, most specific first, then $L.\n", scope,
            fallback.toString().contains("Recovery.standard") ? "the standard error body" : "the application's")
        .addModifiers(Modifier.PRIVATE)
        .returns(WIRE_RESPONSE)
        .addParameter(EXCHANGE, "exchange")
        .addParameter(Throwable.class, "error");
    for (RecoverMethod recover : mostSpecificFirst(recovers)) {
      TypeName exception = TypeName.get(recover.exception().orElseThrow());
      CodeBlock receiver = recover.isStatic()
          ? CodeBlock.of("$T", ClassName.get(recover.owner()))
          : CodeBlock.of("$L", instances.get(recover.owner()));
      method.beginControlFlow("if (error instanceof $T)", exception)
          .addStatement("return $T.recovered(exchange, error, $L.$L(($T) error))", RECOVERY, receiver,
              recover.element().getSimpleName(), exception)
          .endControlFlow();
    }
    return method.addStatement("return $L", fallback).build();
  }

  /** Subtypes before their supertypes: deeper class hierarchies first, then by name. */
  private static List<RecoverMethod> mostSpecificFirst(List<RecoverMethod> recovers) {
    List<RecoverMethod> sorted = new ArrayList<>(recovers);
    sorted.sort(Comparator.comparingInt((RecoverMethod r) -> -depth(r.exception().orElseThrow()))
        .thenComparing(r -> r.exception().orElseThrow().toString()));
    return sorted;
  }

  private static int depth(TypeMirror type) {
    int depth = 0;
    TypeMirror current = type;
    while (current instanceof DeclaredType) {
      TypeElement element = (TypeElement) ((DeclaredType) current).asElement();
      current = element.getSuperclass();
      depth++;
    }
    return depth;
  }
}
