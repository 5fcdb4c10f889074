package dev.lift.samples.hello;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.annotations.CookieParam;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shows what a request looks like once Lift has decoded it, whatever event carried it. */
public class EchoRoutes {
  /** The request as the route saw it. */
  public record Echo(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      List<String> cookies,
      String session,
      List<String> tags,
      String body,
      String requestId,
      String functionName,
      int remainingMillis) {}

  /**
   * Any method on {@code /echo}: the whole {@link Request} and the Lambda {@link Context} by type,
   * an optional cookie, and every {@code X-Tag} header value as a list.
   */
  @Route("ANY /echo")
  public Echo echo(
      Request request,
      Context context,
      @CookieParam("session") Optional<String> session,
      @HeaderParam("X-Tag") List<String> tags) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : request.query().names()) {
      query.put(name, request.query().all(name));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.headers().names()) {
      headers.put(name, request.headers().all(name));
    }
    return new Echo(
        request.method(),
        request.path(),
        query,
        headers,
        request.cookies(),
        session.orElse(null),
        tags,
        request.hasBody() ? request.bodyText() : null,
        context.getAwsRequestId(),
        context.getFunctionName(),
        context.getRemainingTimeInMillis());
  }

  /** {@code GET /echo/status/418}: a primitive path parameter and a text {@code Response<String>}. */
  @Route("GET /echo/status/{code}")
  public Response<String> status(@PathParam int code) {
    if (code < 200 || code > 599) {
      throw LiftError.badRequest("code must be from 200 to 599, got " + code);
    }
    return Response.<String>status(code)
        .header("Cache-Control", "no-store")
        .cookie("last-status=" + code + "; Path=/; HttpOnly")
        .body("status " + code);
  }
}
