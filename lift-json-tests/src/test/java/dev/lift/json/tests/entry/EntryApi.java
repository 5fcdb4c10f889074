package dev.lift.json.tests.entry;

import dev.lift.annotations.LiftApplication;

/**
 * An application with few body types, all of its own package and none with constraints: its entry
 * class {@code LiftEntryApi} reads and writes them with code of its own, where {@code LiftJsonApi}
 * (eleven body types) goes through their codec classes.
 */
@LiftApplication
public final class EntryApi {}
