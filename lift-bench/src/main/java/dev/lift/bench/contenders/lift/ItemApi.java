package dev.lift.bench.contenders.lift;

import dev.lift.annotations.LiftApplication;

/**
 * The Lift contender as a user writes it: the route returns a record, which Lift encodes with the
 * codec the processor generates for it; the jar has no jackson-databind. Handler: {@code
 * dev.lift.bench.contenders.lift.LiftItemApi}.
 */
@LiftApplication
public final class ItemApi {}
