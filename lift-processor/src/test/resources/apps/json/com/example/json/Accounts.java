package com.example.json;

import com.example.json.model.Account;
import com.example.json.model.Money;
import com.example.json.model.Node;
import com.example.json.model.Tier;
import dev.lift.annotations.Body;
import dev.lift.annotations.Route;
import java.util.List;
import java.util.Map;

public class Accounts {
  @Route("POST /accounts")
  public Account create(@Body Account account) {
    return account;
  }

  @Route("POST /accounts/batch")
  public Map<String, Tier> batch(@Body List<Account> accounts) {
    return Map.of();
  }

  @Route("POST /balances")
  public Money balance(@Body Money money) {
    return money;
  }

  @Route("POST /nodes")
  public Node node(@Body Node node) {
    return node;
  }
}
