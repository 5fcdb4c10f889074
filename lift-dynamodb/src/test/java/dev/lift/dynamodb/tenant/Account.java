package dev.lift.dynamodb.tenant;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A test item with a schema written by hand: no bean reflection. */
public final class Account {
  public static final StaticTableSchema<Account> SCHEMA = StaticTableSchema.builder(Account.class)
      .newItemSupplier(Account::new)
      .addAttribute(String.class, a -> a.name("id").getter(Account::id).setter(Account::id).tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("owner").getter(Account::owner).setter(Account::owner))
      .addAttribute(Long.class, a -> a.name("balance").getter(Account::balance).setter(Account::balance))
      .addAttribute(Long.class, a -> a.name("version").getter(Account::version).setter(Account::version))
      .build();

  private String id;
  private String owner;
  private Long balance;
  private Long version;

  public Account() {}

  public Account(String id, String owner, long balance) {
    this.id = id;
    this.owner = owner;
    this.balance = balance;
  }

  public String id() {
    return id;
  }

  public void id(String id) {
    this.id = id;
  }

  public String owner() {
    return owner;
  }

  public void owner(String owner) {
    this.owner = owner;
  }

  public Long balance() {
    return balance;
  }

  public void balance(Long balance) {
    this.balance = balance;
  }

  public Long version() {
    return version;
  }

  public void version(Long version) {
    this.version = version;
  }

  Account withBalance(long newBalance) {
    Account copy = new Account(id, owner, newBalance);
    copy.version = version;
    return copy;
  }
}
