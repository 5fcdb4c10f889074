package dev.lift.json.tests.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A representative request body: nested records, collections, an enum, java.time, Optional. */
public record Order(
    @NotNull UUID id,
    String customer,
    @Valid @Size(max = 50) List<OrderLine> lines,
    Map<String, String> attributes,
    Status status,
    Instant placedAt,
    Optional<String> note,
    BigDecimal total,
    boolean gift,
    int priority,
    Set<String> tags,
    @Valid Address shipTo) {}
