package dev.lift.samples.payments;

import dev.lift.runtime.error.LiftError;

/**
 * The tenant id rule both store implementations apply (the one {@code TenantRepository} applies
 * to DynamoDB keys): 1 to 256 characters without {@code #}, else 403.
 */
final class Tenants {
  private Tenants() {}

  static String require(String tenant) {
    if (tenant == null || tenant.isEmpty()) {
      throw LiftError.forbidden("This request has no tenant");
    }
    if (tenant.indexOf('#') >= 0 || tenant.length() > 256) {
      throw LiftError.forbidden("This request's tenant id is not valid");
    }
    return tenant;
  }

  static int requireLimit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new IllegalArgumentException("limit is 1 to " + max + ", not " + limit);
    }
    return limit;
  }
}
