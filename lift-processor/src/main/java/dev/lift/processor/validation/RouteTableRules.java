package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.RouteMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * No two routes of an application may match the same requests: same method and the same path
 * once variable names are erased. {@code GET /a/{x}} and {@code ANY /a/{y}} may coexist: the
 * explicit method wins.
 */
final class RouteTableRules {
  private final Reporter reporter;

  RouteTableRules(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(Application application) {
    Map<String, RouteMethod> seen = new LinkedHashMap<>();
    for (RouteMethod route : application.routes()) {
      String key = route.pattern().method() + " " + route.pattern().shape();
      RouteMethod first = seen.putIfAbsent(key, route);
      if (first == null) {
        continue;
      }
      String message = first.pattern().equals(route.pattern())
          ? Messages.duplicateRoute(route.pattern().toString(), first.displayName(), route.displayName())
          : Messages.overlappingRoutes(route.pattern().toString(), route.displayName(),
              first.pattern().toString(), first.displayName());
      reporter.error(message, route.element(), route.annotation());
    }
  }
}
