/**
 * Pools of reusable objects (connections, clients) for Lambda: {@link
 * dev.lift.runtime.resources.ResourcePool}, bounded, prewarmed at init, evicting during borrows
 * and returns instead of on a background thread that a frozen function would never run.
 */
package dev.lift.runtime.resources;
