package dev.lift.json.tests.app;

import dev.lift.annotations.LiftApplication;

/** The application under test: its entry class is {@code LiftJsonApi}. */
@LiftApplication
public final class JsonApi {}
