/**
 * The event codec: {@link dev.lift.runtime.event.HttpEvents} reads API Gateway REST (1.0),
 * HTTP API (2.0), function URL and ALB events into a {@link dev.lift.runtime.http.Request}, and
 * writes a {@link dev.lift.runtime.http.WireResponse} back in the shape of the event it answers.
 */
package dev.lift.runtime.event;
