package com.example.shop.orders;

import com.example.shop.model.Order;
import com.example.shop.model.OrderLine;
import com.example.shop.model.Status;
import dev.lift.annotations.Body;
import com.example.shop.web.AuditLog;
import com.example.shop.web.Caller;
import com.example.shop.web.Quota;
import java.util.concurrent.TimeUnit;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Recover;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Response;
import java.util.List;
import java.util.Optional;

/**
 * A handler in a sub-package, owned by the application of the parent package. Route middleware
 * only, and a static recovery for a subclass of what the application recovers.
 */
public class Orders {
  @Route("POST /orders/batch")
  @Quota(limit = 5, per = TimeUnit.SECONDS, tags = {"orders", "batch"}, burst = 10L, strict = true, scope = Order.class)
  public List<Order> createAll(@Body List<OrderLine> lines, Caller caller) {
    return List.of();
  }

  /** Same values as written elsewhere in another order: one shared instance. */
  @Route("GET /orders/count")
  @Quota(limit = 100)
  public int count(@QueryParam Optional<Status> status, @HeaderParam("X-Flag") List<Integer> flags) {
    return 0;
  }

  @Route("GET /orders/{orderId}")
  @Quota(per = TimeUnit.MINUTES, limit = 100)
  public Order get(@PathParam long orderId, @HeaderParam("If-None-Match") Optional<String> etag) {
    return null;
  }

  /** An explicit HEAD next to a GET: HEAD does not fall back to the GET. */
  @Route("HEAD /orders/{orderId}")
  public Response<Void> exists(@PathParam long orderId) {
    return Response.noContent();
  }

  @Route("PATCH /orders/{orderId}")
  @Middleware(AuditLog.class)
  public Response<String> annotate(
      @PathParam long orderId,
      @Body String note,
      @QueryParam Status status,
      @QueryParam("also") List<Status> also) {
    return Response.ok(note);
  }

  /** A query parameter named like the generated method's own parameter. */
  @Route("GET /orders/{orderId}/lines/{index}")
  public OrderLine line(@PathParam long orderId, @PathParam int index, @QueryParam("request") String request) {
    return null;
  }

  /** A subclass of IllegalArgumentException; other exceptions go to the application's recovery. */
  @Recover
  public static LiftError badNumber(NumberFormatException e) {
    return LiftError.badRequest("Not a number: " + e.getMessage());
  }
}
