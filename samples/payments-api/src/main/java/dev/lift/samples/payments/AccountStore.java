package dev.lift.samples.payments;

import java.util.List;
import java.util.Optional;

/**
 * The accounts of every tenant, where each call names its tenant and can never see or change
 * another's: an account id of tenant B given with tenant A is simply not found. Implementations:
 * {@link InMemoryAccountStore} (local runs) and {@link DynamoAccountStore}; both pass the same
 * contract tests.
 *
 * <p>A tenant id is 1 to 256 characters without {@code #}; any other answers 403 {@code FORBIDDEN}.
 */
public interface AccountStore {
  /** The most accounts one call lists. */
  int MAX_LIST = 100;

  /** Stores a new account at version 1 and returns it; 409 {@code CONFLICT} when the tenant has its id already. */
  Account create(String tenant, Account account);

  Optional<Account> find(String tenant, String id);

  /** The tenant's accounts in id order, at most {@code limit} (1 to {@value #MAX_LIST}). */
  List<Account> list(String tenant, int limit);

  /**
   * Writes {@code account}, which carries the version it was read at, and returns it at the next
   * version; 409 {@code CONFLICT} when the tenant's stored account is at another version or gone
   * (another request changed it first: read it again and retry).
   */
  Account update(String tenant, Account account);

  /** Deletes the tenant's account at the version it carries; 409 {@code CONFLICT} when it changed or went meanwhile. */
  void delete(String tenant, Account account);
}
