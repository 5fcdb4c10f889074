package dev.lift.dynamodb.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a record: the Lift processor writes {@code <Record>_TableSchema}, whose {@code SCHEMA} maps the
 * record to DynamoDB items with the enhanced client's {@code StaticImmutableTableSchema}: plain
 * getters and a generated builder that calls the canonical constructor, no bean reflection.
 *
 * <pre>{@code
 * @DynamoItem
 * public record Account(@PartitionKey String id, String owner, long balance, @AttributeName("v") Long version) {}
 *
 * TenantRepository.builder(dynamo, "accounts", Account_TableSchema.SCHEMA).versionAttribute("v").build();
 * }</pre>
 *
 * Components may be {@code String}, {@code int}, {@code long}, {@code double}, {@code boolean}
 * (or their boxes), {@code BigDecimal}, {@code Instant} (ISO-8601 text), enums (their names),
 * {@code List<String>}, {@code Set<String>} and {@code Map<String, String>}. An attribute absent
 * from an item reads as {@code null}, or as 0 / {@code false} for a primitive component. Anything
 * else is a compile-time error on the component. One component is the {@link PartitionKey}; at
 * most one is the {@link SortKey}; both are strings or numbers.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DynamoItem {}
