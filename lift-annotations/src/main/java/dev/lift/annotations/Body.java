package dev.lift.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a route method parameter to the request body (or, on an event handler, to the body of the
 * message, the EventBridge {@code detail} or the WebSocket body): {@code String} (text), {@code byte[]}
 * (raw bytes, base64 already decoded), or any other type, read as JSON through the application's
 * JSON codec. {@code Optional<T>} accepts an empty body; otherwise an empty body answers 400.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {}
