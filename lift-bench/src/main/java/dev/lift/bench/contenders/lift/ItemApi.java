package dev.lift.bench.contenders.lift;

import dev.lift.annotations.LiftApplication;

/**
 * The Lift contender as a user writes it today: the route returns a record, and Lift encodes it
 * with jackson-databind (lift-json-databind). Handler: {@code dev.lift.bench.contenders.lift.LiftItemApi}.
 */
@LiftApplication
public final class ItemApi {}
