package dev.lift.samples.hello;

import dev.lift.annotations.Body;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import java.util.Locale;
import java.util.Optional;

/** Greetings: text in, text out, and a JSON record. */
public class HelloRoutes {
  /** A greeting as JSON. */
  public record Greeting(String message, String name, int times) {}

  @Route("GET /hello")
  public String hello() {
    return "Hello, world!";
  }

  /** {@code GET /hello/Ada?times=2&shout=true}: path, optional int and optional boolean. */
  @Route("GET /hello/{name}")
  public Greeting helloName(
      @PathParam String name,
      @QueryParam("times") Optional<Integer> times,
      @QueryParam("shout") Optional<Boolean> shout) {
    int count = times.orElse(1);
    if (count < 1 || count > 10) {
      throw LiftError.badRequest("times must be from 1 to 10, got " + count);
    }
    String message = ("Hello, " + name + "! ").repeat(count).trim();
    return new Greeting(shout.orElse(false) ? message.toUpperCase(Locale.ROOT) : message, name, count);
  }

  /** {@code POST /hello} with a text body: the body is the name. */
  @Route("POST /hello")
  public String helloBody(@Body String name) {
    if (name.isBlank()) {
      throw LiftError.badRequest("Send a name in the body, for example: Ada");
    }
    return "Hello, " + name.strip() + "!";
  }
}
