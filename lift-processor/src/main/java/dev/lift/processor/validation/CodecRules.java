package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.BodyType;
import dev.lift.processor.model.Parameter;
import dev.lift.processor.model.RouteMethod;
import javax.lang.model.util.Elements;

/** JSON bodies need a codec implementation on the compile classpath. */
final class CodecRules {
  static final String DATABIND_CODEC = "dev.lift.json.databind.DatabindCodec";

  private final Reporter reporter;
  private final Elements elements;

  CodecRules(Reporter reporter, Elements elements) {
    this.reporter = reporter;
    this.elements = elements;
  }

  void check(Application application) {
    if (elements.getTypeElement(DATABIND_CODEC) != null) {
      return;
    }
    for (RouteMethod route : application.routes()) {
      if (route.returns().body().form() == BodyType.Form.JSON) {
        reporter.error(Messages.noJsonCodec(route.returns().body().type().toString()), route.element());
      }
      for (Parameter parameter : route.parameters()) {
        parameter.body().filter(b -> b.form() == BodyType.Form.JSON).ifPresent(body ->
            reporter.error(Messages.noJsonCodec(body.type().toString()), parameter.element()));
      }
    }
  }
}
