package dev.lift.samples.payments;

import java.util.List;

/** The answer of {@code GET /accounts/{id}/payments}. */
public record PaymentList(List<Payment> payments) {}
