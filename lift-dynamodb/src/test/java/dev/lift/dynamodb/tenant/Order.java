package dev.lift.dynamodb.tenant;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A test item in a table with a sort key: a customer's orders. */
public final class Order {
  public static final StaticTableSchema<Order> SCHEMA = StaticTableSchema.builder(Order.class)
      .newItemSupplier(Order::new)
      .addAttribute(String.class, a -> a.name("customer").getter(Order::customer).setter(Order::customer).tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("order_id").getter(Order::orderId).setter(Order::orderId).tags(primarySortKey()))
      .addAttribute(Integer.class, a -> a.name("total").getter(Order::total).setter(Order::total))
      .build();

  private String customer;
  private String orderId;
  private Integer total;

  public Order() {}

  public Order(String customer, String orderId, int total) {
    this.customer = customer;
    this.orderId = orderId;
    this.total = total;
  }

  public String customer() {
    return customer;
  }

  public void customer(String customer) {
    this.customer = customer;
  }

  public String orderId() {
    return orderId;
  }

  public void orderId(String orderId) {
    this.orderId = orderId;
  }

  public Integer total() {
    return total;
  }

  public void total(Integer total) {
    this.total = total;
  }
}
