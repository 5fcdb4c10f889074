package dev.lift.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The representative application under {@code src/test/resources/apps/shop}: several handlers,
 * every binding kind and return shape, ANY, greedy variables, explicit and implied HEAD, JSON
 * bodies (a {@code List<T>} among them), static routes, a literal beside a variable and two
 * literals whose hash codes collide; middleware in the application, class and route scopes with
 * {@code @RunsAfter}, {@code @Recover} methods (static and instance) in the application and in
 * handler classes, and a route method that takes the {@code Exchange}; {@code @PreWarm} resources
 * (static and instance providers, {@code @Named} qualifiers, a generic pool, declared out of
 * dependency order), warm-up, checkpoint and restore hooks, constructor injection into a handler
 * and a middleware, and the runtime's {@code HealthRoutes} included with its registry provided; a
 * {@code @MiddlewareBinding} annotation with every kind of value (two uses with equal values share
 * an instance) and an {@code @ExchangeValue} parameter.
 */
final class ShopApplication {
  static final String ENTRY_CLASS = "com.example.shop.LiftShopApp";
  /** The package whose generated sources have golden files. */
  static final String PACKAGE = "com.example.shop";

  private static final List<String> FILES = List.of(
      "com/example/shop/ShopApp.java",
      "com/example/shop/Customers.java",
      "com/example/shop/Files.java",
      "com/example/shop/Misc.java",
      "com/example/shop/orders/Orders.java",
      "com/example/shop/model/Customer.java",
      "com/example/shop/model/Order.java",
      "com/example/shop/model/OrderLine.java",
      "com/example/shop/model/Status.java",
      "com/example/shop/web/Tracing.java",
      "com/example/shop/web/Auth.java",
      "com/example/shop/web/RateLimit.java",
      "com/example/shop/web/AuditLog.java",
      "com/example/shop/web/Quota.java",
      "com/example/shop/web/QuotaCheck.java",
      "com/example/shop/web/Caller.java",
      "com/example/shop/ShopResources.java",
      "com/example/shop/infra/ShopConfig.java",
      "com/example/shop/infra/Database.java",
      "com/example/shop/infra/PaymentClient.java",
      "com/example/shop/infra/Payments.java");

  private ShopApplication() {}

  static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String file : FILES) {
      sources.add(JavaFileObjects.forResource("apps/shop/" + file));
    }
    return sources;
  }
}
