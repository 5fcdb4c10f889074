/**
 * The function's life outside requests: work around a SnapStart / CRaC checkpoint and restore
 * ({@link dev.lift.runtime.lifecycle.Checkpoints}) and resources closed at JVM shutdown ({@link
 * dev.lift.runtime.lifecycle.Shutdown}, {@link dev.lift.runtime.lifecycle.Closer}).
 */
package dev.lift.runtime.lifecycle;
