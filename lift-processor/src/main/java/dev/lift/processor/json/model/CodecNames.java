package dev.lift.processor.json.model;

import com.squareup.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * Names of generated codec classes: one per record, class or enum, beside it in its package, named
 * after it as AutoValue names its classes: {@code User_JsonCodec}, {@code Outer_Inner_JsonCodec}.
 */
public final class CodecNames {
  public static final String SUFFIX = "_JsonCodec";

  private CodecNames() {}

  public static ClassName codecClass(TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + SUFFIX);
  }
}
