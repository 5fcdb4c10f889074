package dev.lift.processor.validation;

import dev.lift.processor.base.Reporter;
import dev.lift.processor.json.JsonCodecs;
import dev.lift.processor.model.Application;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks an application model; each rule is its own small class. */
public final class Validator {
  private final Reporter reporter;
  private final Elements elements;
  private final Types types;

  private final JsonCodecs json;

  public Validator(Reporter reporter, Elements elements, Types types, JsonCodecs json) {
    this.json = json;
    this.reporter = reporter;
    this.elements = elements;
    this.types = types;
  }

  /** Reports every problem of the application; returns whether it is clean. */
  public boolean validate(Application application) {
    int before = reporter.errorCount();
    new HandlerRules(reporter).check(application);
    new PathVariableRules(reporter).check(application);
    new RouteTableRules(reporter).check(application);
    new CodecRules(reporter, elements, json).check(application);
    new VisibilityRules(reporter, elements).check(application);
    new MiddlewareRules(reporter, elements, types).check(application);
    new RecoverRules(reporter, elements, types).check(application);
    new WiringRules(reporter).check(application);
    new EventRules(reporter, elements, types, json).check(application);
    return reporter.errorCount() == before;
  }
}
