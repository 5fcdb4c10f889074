package dev.lift.processor.writing;

import com.squareup.javapoet.CodeBlock;
import dev.lift.processor.model.MiddlewareUse;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Writes middleware layers as straight-line code around an inner statement, outermost first:
 * {@code before}, then (when it did not answer) the inner layers in a {@code try} whose
 * {@code catch} offers the error to {@code onError} and else to recovery, then {@code after}.
 * Nothing is allocated per layer.
 */
final class LayerWriter {
  private final Map<TypeElement, String> fields;
  private final Map<String, String> boundFields;

  /**
   * @param fields instance fields by class
   * @param boundFields fields of middleware applied by binding annotations, by instance key
   */
  LayerWriter(Map<TypeElement, String> fields, Map<String, String> boundFields) {
    this.fields = fields;
    this.boundFields = boundFields;
  }

  /**
   * Appends code that leaves the response in the local {@code response}.
   *
   * @param inner assigns {@code response} from what the layers wrap
   * @param recover an expression answering an exception {@code error}
   */
  void write(CodeBlock.Builder body, List<MiddlewareUse> layers, CodeBlock inner, CodeBlock recover) {
    write(body, layers, 0, inner, recover);
  }

  private void write(CodeBlock.Builder body, List<MiddlewareUse> layers, int index, CodeBlock inner,
      CodeBlock recover) {
    if (index == layers.size()) {
      body.add(inner);
      return;
    }
    MiddlewareUse use = layers.get(index);
    String layer = use.isBound() ? boundFields.get(use.instanceKey()) : fields.get(use.type());
    body.addStatement("response = $L.before(exchange)", layer);
    body.beginControlFlow("if (response == null)");
    body.beginControlFlow("try");
    write(body, layers, index + 1, inner, recover);
    body.nextControlFlow("catch ($T error)", Throwable.class);
    body.addStatement("response = $L.onError(exchange, error)", layer);
    body.beginControlFlow("if (response == null)");
    body.addStatement("response = $L", recover);
    body.endControlFlow();
    body.endControlFlow();
    body.addStatement("response = $L.after(exchange, response)", layer);
    body.endControlFlow();
  }

  /** {@code RequestIdMiddleware > CorsMiddleware}: how comments show a sequence. */
  static String describe(List<MiddlewareUse> layers) {
    StringBuilder text = new StringBuilder();
    for (MiddlewareUse use : layers) {
      if (text.length() > 0) {
        text.append(" > ");
      }
      text.append(use.simpleName());
      use.bindingType().ifPresent(annotation -> text.append(" (@").append(annotation.getSimpleName()).append(')'));
    }
    return text.toString();
  }
}
