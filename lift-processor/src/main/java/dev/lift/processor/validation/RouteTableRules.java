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
      // On the declaration in the sources when the other comes from an included library class.
      RouteMethod earlier = first;
      RouteMethod later = route;
      if (reporter.isFromIncludedClassFile(later.element()) && !reporter.isFromIncludedClassFile(earlier.element())) {
        earlier = route;
        later = first;
      }
      String message = earlier.pattern().equals(later.pattern())
          ? Messages.duplicateRoute(later.pattern().toString(), earlier.displayName(), later.displayName())
          : Messages.overlappingRoutes(later.pattern().toString(), later.displayName(),
              earlier.pattern().toString(), earlier.displayName());
      reporter.error(message, later.element(), later.annotation());
    }
  }
}
