/**
 * A CRaC implementation for tests, found by the {@code org.crac} API when a JVM runs with
 * {@code -Dorg.crac.Core.Compat=dev.lift.tests.support.crac}: the same lookup by which {@code
 * org.crac} finds the JDK's {@code jdk.crac} on a CRaC JVM (a class {@code Core} with {@code
 * getGlobalContext()} and {@code checkpointRestore()}, a {@code Context}, a {@code Resource} and
 * the two exceptions, all in one package). {@code org.crac.Core.checkpointRestore()} then runs
 * every registered resource's hooks as a JDK with CRaC does, without taking a snapshot: {@code
 * beforeCheckpoint} in reverse order of registration, then {@code afterRestore} in order.
 *
 * <p>Lift registers through {@code org.crac.Core.getGlobalContext()} and keeps no handle a test
 * could call, so this is how a test drives the hooks of a generated entry class from the outside,
 * exactly as SnapStart would. {@code org.crac} reads the property once, when {@code
 * org.crac.Core} is initialised, so the tests set it on child JVMs.
 */
package dev.lift.tests.support.crac;
