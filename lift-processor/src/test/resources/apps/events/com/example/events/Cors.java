package com.example.events;

import dev.lift.runtime.middleware.Middleware;

/** HTTP only: skipped for events. */
public class Cors implements Middleware {}
