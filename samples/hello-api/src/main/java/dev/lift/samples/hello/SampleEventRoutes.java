package dev.lift.samples.hello;

import dev.lift.runtime.http.EventKind;
import dev.lift.annotations.Body;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Request;
import java.util.List;
import java.util.Optional;

/**
 * Answers the AWS sample events in {@code shared/events}, so {@code invoke} works on each of
 * them: the HTTP API 2.0 event ({@code POST /my/path}), the REST API event ({@code GET /my/path}),
 * the two alternative REST API events ({@code POST /path/to/resource}, with and without a body)
 * and the ALB event ({@code GET /}).
 */
public class SampleEventRoutes {
  /** What arrived, in the shape of whichever event carried it. */
  public record Received(String event, String method, String path, List<String> parameter1, String body) {}

  @Route("GET /")
  public String root() {
    return "hello-api is running. Try GET /hello, GET /users or ANY /echo.";
  }

  /** {@code ?parameter1=value1&parameter1=value2}: every value of a repeated query parameter. */
  @Route("ANY /my/path")
  public Received myPath(Request request, @QueryParam("parameter1") List<String> parameter1) {
    return received(request, parameter1, Optional.of(request.bodyText()));
  }

  /** An optional body: present in one alternative REST event, empty in the other. */
  @Route("POST /path/to/resource")
  public Received resource(Request request, @Body Optional<String> body) {
    return received(request, List.of(), body);
  }

  private static Received received(Request request, List<String> parameter1, Optional<String> body) {
    return new Received(
        EventKind.name(request.kind()),
        request.method(),
        request.path(),
        parameter1,
        body.filter(text -> !text.isEmpty()).orElse(null));
  }
}
