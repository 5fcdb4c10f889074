package dev.lift.json.tests.app;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every scalar a generated codec reads and writes. */
public record Scalars(
    byte b, short s, int i, long l, float f, double d, char c, boolean z,
    Byte bb, Short sb, Integer ib, Long lb, Float fb, Double db, Character cb, Boolean zb,
    String str, BigInteger bigInteger, BigDecimal bigDecimal, UUID uuid,
    Instant instant, LocalDate date, LocalDateTime dateTime, OffsetDateTime offsetDateTime, Duration duration,
    byte[] bytes) {}
