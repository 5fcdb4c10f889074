package dev.lift.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The application under {@code src/test/resources/apps/events}: a handler of every event kind, SQS
 * and SNS bound by ARN, several S3 filters and EventBridge detail types of one key, WebSocket with
 * {@code $default} and JSON answers, event middleware in the application (beside HTTP-only
 * middleware, which events skip) and method scopes, static and instance handlers, and one route.
 */
final class EventsApplication {
  static final String ENTRY_CLASS = "com.example.events.LiftEventsApp";
  static final String PACKAGE = "com.example.events";

  private static final List<String> FILES = List.of(
      "com/example/events/EventsApp.java",
      "com/example/events/Audit.java",
      "com/example/events/Cors.java",
      "com/example/events/Retry.java",
      "com/example/events/Jobs.java");

  private EventsApplication() {}

  static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String file : FILES) {
      sources.add(JavaFileObjects.forResource("apps/events/" + file));
    }
    return sources;
  }
}
