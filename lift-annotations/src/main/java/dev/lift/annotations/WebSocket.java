package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public method to an API Gateway WebSocket route key: {@code "$connect"},
 * {@code "$disconnect"}, {@code "$default"} or a custom key such as {@code "sendMessage"}.
 * Parameters: the request ({@code dev.lift.runtime.events.WebSocketRequest}, with the connection
 * id), its body as {@link Body} ({@code String} or JSON), the Lambda {@code Context}, the
 * {@code EventExchange}. Returns {@code void} (200 without body), {@code String} or a type written
 * as JSON. A route key no handler declares goes to the {@code $default} handler when there is one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WebSocket {
  /** The route key. */
  String value();
}
