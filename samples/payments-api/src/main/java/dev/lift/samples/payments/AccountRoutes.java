package dev.lift.samples.payments;

import dev.lift.annotations.Body;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.dynamodb.idempotency.Idempotent;
import dev.lift.jwt.JwtMiddleware;
import dev.lift.jwt.Principal;
import dev.lift.jwt.RequireAccess;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Response;
import dev.lift.runtime.metrics.Metrics;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts of the caller's tenant. Every route needs a valid bearer token ({@link
 * JwtMiddleware} on the class: 401 otherwise; on the class rather than the application so that
 * {@code /health} stays public); roles and scopes are declared with {@link RequireAccess} and
 * checked by generated code (403). The tenant comes from the token's {@link Principal}, never
 * from the request, so another tenant's account id answers 404 exactly like an id that does not
 * exist: existence never leaks across tenants.
 */
@Middleware(JwtMiddleware.class)
public class AccountRoutes {
  static final String WRITE_SCOPE = "payments:write";
  static final String ADMIN_ROLE = "admin";

  private final AccountStore accounts;

  public AccountRoutes(AccountStore accounts) {
    this.accounts = accounts;
  }

  /** {@code POST /accounts}: 201 with the account at version 1, balance 0. Needs the scope {@value #WRITE_SCOPE}. */
  @Route("POST /accounts")
  @RequireAccess(scopes = WRITE_SCOPE)
  @Idempotent
  public Response<Account> create(Principal caller, Exchange exchange, @Body NewAccount request) {
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw LiftError.badRequest("name is 1 to 100 characters", Map.of("field", "name"));
    }
    String currency = request.currency() == null ? "" : request.currency();
    if (!currency.matches("[A-Z]{3}")) {
      throw LiftError.badRequest("currency is an ISO 4217 code such as EUR", Map.of("field", "currency"));
    }
    Account account = accounts.create(caller.tenant(),
        new Account(UUID.randomUUID().toString(), name, currency, 0, 0, Instant.now()));
    exchange.metrics().add("AccountsCreated", 1, Metrics.Unit.COUNT);
    return Response.created(account).header("Location", "/accounts/" + account.id());
  }

  /** {@code GET /accounts?limit=50}: the tenant's accounts in id order (limit 1 to 100, default 50). */
  @Route("GET /accounts")
  public AccountList list(Principal caller, @QueryParam("limit") Optional<Integer> limit) {
    return new AccountList(accounts.list(caller.tenant(), limit(limit, AccountStore.MAX_LIST)));
  }

  /** {@code GET /accounts/{id}}: 404 when the tenant has no such account. */
  @Route("GET /accounts/{id}")
  public Account get(Principal caller, @PathParam String id) {
    return find(accounts, caller.tenant(), id);
  }

  /** {@code DELETE /accounts/{id}}: 204; needs the role {@value #ADMIN_ROLE}. Its payments are kept. */
  @Route("DELETE /accounts/{id}")
  @RequireAccess(roles = ADMIN_ROLE)
  public void delete(Principal caller, Exchange exchange, @PathParam String id) {
    accounts.delete(caller.tenant(), find(accounts, caller.tenant(), id));
    exchange.metrics().add("AccountsDeleted", 1, Metrics.Unit.COUNT);
  }

  static Account find(AccountStore accounts, String tenant, String id) {
    return accounts.find(tenant, id).orElseThrow(() -> LiftError.notFound("No account " + id));
  }

  static int limit(Optional<Integer> limit, int max) {
    int value = limit.orElse(50);
    if (value < 1 || value > max) {
      throw LiftError.badRequest("limit is 1 to " + max + ", not " + value, Map.of("parameter", "limit"));
    }
    return value;
  }
}
