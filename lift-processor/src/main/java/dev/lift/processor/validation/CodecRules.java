package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.json.JsonCodecs;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.BodyType;
import dev.lift.processor.model.Parameter;
import dev.lift.processor.model.RouteMethod;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * JSON bodies get a generated codec when their type allows; the others fall back to
 * jackson-databind, with a warning saying why, and need lift-json-databind on the compile
 * classpath. The constraints of types with generated codecs must be checkable.
 */
final class CodecRules {
  static final String DATABIND_CODEC = "dev.lift.json.databind.DatabindCodec";

  private final Reporter reporter;
  private final Elements elements;
  private final Optional<JsonCodecs> json;

  CodecRules(Reporter reporter, Elements elements, JsonCodecs json) {
    this(reporter, elements, Optional.of(json));
  }

  private CodecRules(Reporter reporter, Elements elements, Optional<JsonCodecs> json) {
    this.reporter = reporter;
    this.elements = elements;
    this.json = json;
  }

  void check(Application application) {
    boolean databind = elements.getTypeElement(DATABIND_CODEC) != null;
    for (RouteMethod route : application.routes()) {
      for (Parameter parameter : route.parameters()) {
        parameter.body().filter(b -> b.form() == BodyType.Form.JSON).ifPresent(body ->
            check(body.type(), parameter.element(), databind));
      }
      if (route.returns().body().form() == BodyType.Form.JSON) {
        check(route.returns().body().type(), route.element(), databind);
      }
    }
  }

  private void check(TypeMirror type, Element usage, boolean databind) {
    if (json.isEmpty()) {
      if (!databind) {
        reporter.error(Messages.noJsonCodec(type.toString()), usage);
      }
      return;
    }
    Optional<String> fallback = json.get().fallbackReason(type);
    if (fallback.isEmpty()) {
      json.get().check(type, usage, reporter);
    } else if (databind) {
      json.get().warnFallback(type, usage, reporter);
    } else {
      reporter.error(Messages.jsonNeedsDatabind(type.toString(), fallback.get()), usage);
    }
  }
}
