package com.example.shop;

import dev.lift.annotations.Body;
import com.example.shop.web.RateLimit;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.Response;
import java.util.Optional;

/**
 * Static routes only: the generated class creates no instance, so the constructor may be private.
 * Class middleware without recovery of its own.
 */
@Middleware(RateLimit.class)
public final class Files {
  private Files() {}

  @Route("GET /files/{path+}")
  public static byte[] read(@PathParam String path) {
    return new byte[0];
  }

  @Route("PUT /files/{path+}")
  public static Response<byte[]> write(
      @PathParam String path,
      @Body byte[] content,
      @HeaderParam("Content-Type") Optional<String> type) {
    return Response.ok(content);
  }

  /** A variable beats a greedy variable at the same depth. */
  @Route("GET /files/{name}/info")
  public static String info(@PathParam String name) {
    return name;
  }

  @Route("ANY /proxy/{rest+}")
  public static Response<String> proxy(@PathParam String rest, Request request) {
    return Response.ok(request.method() + " " + rest);
  }
}
