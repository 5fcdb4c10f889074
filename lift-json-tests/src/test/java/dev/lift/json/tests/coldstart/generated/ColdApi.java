package dev.lift.json.tests.coldstart.generated;

import dev.lift.annotations.LiftApplication;

/**
 * The cold-start probe's application: one route that reads and writes a JSON body. Its entry
 * class {@code LiftColdApi} uses the generated codecs of {@link NewOrder} and {@link Receipt}.
 */
@LiftApplication
public final class ColdApi {}
