package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Parameter;
import dev.lift.processor.model.RouteMethod;
import dev.lift.processor.model.Segment;

/**
 * Every path variable is bound by a parameter. (A parameter naming a variable the path lacks is
 * reported while reading, where the parameter is bound.)
 */
final class PathVariableRules {
  private final Reporter reporter;

  PathVariableRules(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(Application application) {
    for (RouteMethod route : application.routes()) {
      for (Segment segment : route.pattern().segments()) {
        if (segment.isVariable() && !bound(route, segment.text())) {
          reporter.error(
              Messages.unboundPathVariable(route.pattern().toString(), segment.text(), route.displayName()),
              route.element(), route.annotation());
        }
      }
    }
  }

  private static boolean bound(RouteMethod route, String variable) {
    return route.parameters().stream()
        .anyMatch(p -> p.source() == Parameter.Source.PATH && p.name().equals(variable));
  }
}
