package com.example.shop;

import com.amazonaws.services.lambda.runtime.Context;
import com.example.shop.model.Customer;
import com.example.shop.infra.Database;
import com.example.shop.infra.PaymentClient;
import com.example.shop.web.AuditLog;
import com.example.shop.web.Auth;
import com.example.shop.web.RateLimit;
import dev.lift.annotations.Body;
import dev.lift.annotations.CookieParam;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.Named;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Recover;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.Response;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * An instance handler: JSON bodies, Response returns, every kind of parameter source; class
 * middleware, route middleware on one route, and recovery that overrides the application's. Its
 * constructor takes a qualified resource and one from an instance provider.
 */
@Middleware(Auth.class)
public class Customers {
  private final Database database;
  private final PaymentClient payments;

  public Customers(@Named("primary") Database database, PaymentClient payments) {
    this.database = database;
    this.payments = payments;
  }

  @Route("GET /customers")
  public List<Customer> list(
      @QueryParam Optional<Integer> limit,
      @QueryParam("tag") List<String> tags,
      @HeaderParam("X-Tenant") String tenant) {
    return List.of();
  }

  /** A literal sibling of {@code /customers/{id}}: the literal wins. */
  @Route("GET /customers/me")
  public Customer me(@CookieParam("session") String session, @CookieParam Optional<Boolean> beta) {
    return null;
  }

  @Route("GET /customers/{id}")
  public Response<Customer> get(@PathParam UUID id) {
    return Response.ok(null);
  }

  @Route("POST /customers")
  @Middleware({RateLimit.class, AuditLog.class})
  public Response<Customer> create(@Body Customer customer, Request request) {
    return Response.created(customer);
  }

  @Route("PUT /customers/{id}")
  public void replace(@PathParam UUID id, @Body Optional<Customer> customer) {}

  @Route("DELETE /customers/{id}")
  public Response<Void> delete(@PathParam("id") UUID customerId, Context context) {
    return Response.noContent();
  }

  @Route("OPTIONS /customers")
  public Response<Void> options() {
    return Response.<Void>status(204).header("Allow", "GET, POST, OPTIONS");
  }

  /** Checked before ShopApp.missing for these routes. */
  @Recover
  public LiftError unknownCustomer(NoSuchElementException e) {
    return new LiftError(404, "NO_SUCH_CUSTOMER", e.getMessage());
  }

  @Recover
  public static LiftError invalid(IllegalArgumentException e) {
    return LiftError.badRequest(e.getMessage());
  }
}
