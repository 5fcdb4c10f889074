package dev.lift.samples.hello;

import dev.lift.annotations.Body;
import dev.lift.annotations.HeaderParam;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Users in memory. The generated handler creates one instance when the function starts, so the
 * store lives as long as the execution environment: fine for a sample, never for real data. An
 * environment runs one invocation at a time (so does {@code serve}), hence the plain map.
 */
public class UserRoutes {
  /** A page of users. */
  public record UserList(List<User> users, int total) {}

  private final UserStore users;

  /** The store is a {@code @PreWarm} resource ({@link SampleResources}), injected by generated code. */
  public UserRoutes(UserStore users) {
    this.users = users;
  }

  /** {@code GET /users?limit=10&role=ADMIN&role=MEMBER}: an optional int and a list of enums. */
  @Route("GET /users")
  public UserList list(
      @QueryParam("limit") Optional<Integer> limit, @QueryParam("role") List<Role> roles) {
    int max = limit.orElse(50);
    if (max < 1 || max > 100) {
      throw LiftError.badRequest("limit must be from 1 to 100, got " + max, Map.of("parameter", "limit"));
    }
    List<User> matching = new ArrayList<>();
    for (User user : users.all()) {
      if (roles.isEmpty() || roles.contains(user.role())) {
        matching.add(user);
      }
    }
    return new UserList(List.copyOf(matching.subList(0, Math.min(max, matching.size()))), matching.size());
  }

  /** {@code POST /users} with a JSON body: 201 with a Location header. */
  @Route("POST /users")
  public Response<User> create(@Body NewUser request) {
    if (request.name() == null || request.name().isBlank()) {
      throw LiftError.badRequest("name is required", Map.of("field", "name"));
    }
    if (request.email() == null || !request.email().contains("@")) {
      throw LiftError.badRequest("email must be an email address", Map.of("field", "email"));
    }
    User user =
        new User(UUID.randomUUID(), request.name().strip(), request.email().strip(),
            request.role() == null ? Role.MEMBER : request.role());
    users.save(user);
    return Response.created(user).header("Location", "/users/" + user.id());
  }

  /**
   * {@code GET /users/me} with {@code X-User-Id: <uuid>}: a required header converted to UUID. A
   * literal segment wins over {@code /users/{id}}.
   */
  @Route("GET /users/me")
  public User me(@HeaderParam("X-User-Id") UUID userId) {
    return find(userId);
  }

  /** {@code GET /users/<uuid>}: a path variable converted to UUID; a malformed one answers 400. */
  @Route("GET /users/{id}")
  public User get(@PathParam UUID id) {
    return find(id);
  }

  /** {@code DELETE /users/<uuid>}: 204 No Content. */
  @Route("DELETE /users/{id}")
  public void delete(@PathParam UUID id) {
    if (!users.remove(id)) {
      throw LiftError.notFound("No user " + id);
    }
  }

  private User find(UUID id) {
    User user = users.find(id);
    if (user == null) {
      throw LiftError.notFound("No user " + id);
    }
    return user;
  }

}
