package dev.lift.bench.contenders.spring;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringItemController {
  @GetMapping("/items/{id}")
  public SpringItem get(@PathVariable("id") String id) {
    return new SpringItem(id, "Item " + id, 7);
  }
}
