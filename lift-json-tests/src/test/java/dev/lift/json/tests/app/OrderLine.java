package dev.lift.json.tests.app;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

public record OrderLine(String sku, int quantity, @Positive BigDecimal price, double weight, Long discountCents) {}
