package dev.lift.tests.app;

import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.Response;

/**
 * Routes whose paths overlap, to show which one a request selects. Each answers which route ran
 * and what it bound, as text.
 */
public class RoutingRoutes {
  // Literal, variable and greedy at the same position.

  @Route("GET /p/users/me")
  public String literal() {
    return "literal";
  }

  @Route("GET /p/users/{id}")
  public String variable(@PathParam String id) {
    return "variable:" + id;
  }

  @Route("PUT /p/users/{id}")
  public String putVariable(@PathParam String id) {
    return "put:" + id;
  }

  @Route("GET /p/users/{rest+}")
  public String greedy(@PathParam String rest) {
    return "greedy:" + rest;
  }

  // Backtracking: a literal that matches a prefix but not the whole path gives way.

  @Route("GET /b/a/b/c")
  public String deepLiteral() {
    return "literal:/b/a/b/c";
  }

  @Route("GET /b/a/{x}/d")
  public String deepVariable(@PathParam String x) {
    return "variable:" + x;
  }

  @Route("GET /b/g/lit/end")
  public String literalBeforeGreedy() {
    return "literal:/b/g/lit/end";
  }

  @Route("GET /b/g/{rest+}")
  public String greedyAfterLiteral(@PathParam String rest) {
    return "greedy:" + rest;
  }

  // "Aa" and "BB" have the same String.hashCode(), which the generated matcher switches on.

  @Route("GET /h/Aa")
  public String aa() {
    return "Aa";
  }

  @Route("GET /h/BB")
  public String bb() {
    return "BB";
  }

  // Methods.

  @Route("POST /m/thing")
  public String postThing() {
    return "POST route";
  }

  @Route("ANY /m/thing")
  public String anyThing(Request request) {
    return "ANY route:" + request.method();
  }

  @Route("GET /m/get")
  public Response<String> get() {
    return Response.ok("GET body").header("X-Handler", "get");
  }

  @Route("GET /m/both")
  public String getBoth() {
    return "GET both";
  }

  @Route("HEAD /m/both")
  public Response<Void> headBoth() {
    return Response.<Void>status(200).header("X-Handler", "head");
  }
}
