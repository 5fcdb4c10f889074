package dev.lift.samples.payments;

/** The body of {@code POST /accounts}: {@code {"name":"Operating","currency":"EUR"}}. */
public record NewAccount(String name, String currency) {}
