package dev.lift.samples.payments;

/**
 * The body of {@code POST /accounts/{id}/payments}: {@code {"amount":1250,"description":"Invoice 7"}}.
 * The amount is in minor units (cents): positive credits the account, negative debits it.
 */
public record NewPayment(Long amount, String description) {}
