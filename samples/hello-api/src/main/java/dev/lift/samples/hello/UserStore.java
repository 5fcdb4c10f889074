package dev.lift.samples.hello;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Users in memory, a {@code @PreWarm} resource: created once per execution environment, which runs
 * one invocation at a time (so does {@code serve}), hence the plain map. Fine for a sample, never
 * for real data.
 */
public final class UserStore {
  /** Ada's id is fixed so that {@code events/get-user-v1.json} finds her. */
  static final UUID ADA = UUID.fromString("3f2a9c1e-8b7d-4e6f-9a01-5c2b7d8e9f10");

  private final Map<UUID, User> users = new LinkedHashMap<>();

  public UserStore() {
    save(new User(ADA, "Ada Lovelace", "ada@example.com", Role.ADMIN));
    save(new User(UUID.fromString("6c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"), "Alan Turing",
        "alan@example.com", Role.MEMBER));
  }

  public List<User> all() {
    return new ArrayList<>(users.values());
  }

  public User find(UUID id) {
    return users.get(id);
  }

  public void save(User user) {
    users.put(user.id(), user);
  }

  public boolean remove(UUID id) {
    return users.remove(id) != null;
  }

  public int size() {
    return users.size();
  }
}
