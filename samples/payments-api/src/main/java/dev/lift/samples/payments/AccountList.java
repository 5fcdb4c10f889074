package dev.lift.samples.payments;

import java.util.List;

/** The answer of {@code GET /accounts}. */
public record AccountList(List<Account> accounts) {}
