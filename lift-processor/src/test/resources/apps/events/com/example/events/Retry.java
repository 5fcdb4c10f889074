package com.example.events;

import dev.lift.runtime.events.EventMiddleware;

/** Event middleware of one handler. */
public class Retry implements EventMiddleware {}
