package dev.lift.bench.contenders.liftcore;

import dev.lift.annotations.LiftApplication;

/**
 * Lift without jackson-databind: the route writes its JSON body with jackson-core, the way a
 * generated codec will. It separates what Lift itself costs from what databind costs. Handler:
 * {@code dev.lift.bench.contenders.liftcore.LiftCoreItemApi}.
 */
@LiftApplication
public final class CoreItemApi {}
