package dev.lift.tests.wiring;

import dev.lift.annotations.Route;

/** Another handler that asks for the Store, and for a resource that holds it too. */
public class AuditRoutes {
  private final Store store;
  private final AuditLog audit;

  public AuditRoutes(Store store, AuditLog audit) {
    this.store = store;
    this.audit = audit;
    Journal.record("new AuditRoutes with " + store + " and " + audit);
  }

  /** {@code Store#1 AuditLog#1(Store#1, Good afternoon)}. */
  @Route("GET /wiring/audit")
  public String audit() {
    Journal.record("route AuditRoutes.audit");
    return store + " " + audit + "(" + audit.store() + ", " + audit.greeting() + ")";
  }
}
