/** Repositories that keep each tenant's items apart in a shared table. */
package dev.lift.dynamodb.tenant;
