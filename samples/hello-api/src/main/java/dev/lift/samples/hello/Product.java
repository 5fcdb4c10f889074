package dev.lift.samples.hello;

import java.math.BigDecimal;

/** A product update, the body of the messages of the {@code TestLambda} queue. */
public record Product(long id, String name, BigDecimal price) {}
