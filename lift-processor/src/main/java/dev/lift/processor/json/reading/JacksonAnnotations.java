package dev.lift.processor.json.reading;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Jackson's annotations, read by name (jackson-annotations is on the user's class path when they
 * use it, never on the processor's). Generated codecs follow {@code @JsonProperty}'s name and
 * {@code required}, {@code @JsonCreator} on a constructor, and {@code @JsonIgnoreProperties(ignoreUnknown
 * = true)}, which says what they do anyway; any other Jackson annotation changes what databind
 * does in ways a generated codec would silently not, so its type falls back to databind.
 */
final class JacksonAnnotations {
  static final String PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  static final String CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
  static final String IGNORE_PROPERTIES = "com.fasterxml.jackson.annotation.JsonIgnoreProperties";
  private static final String PREFIX = "com.fasterxml.jackson.";

  private JacksonAnnotations() {}

  /** {@code @JsonProperty("name")} among the annotations, when it gives a name. */
  static Optional<String> name(List<Mirrors.Placed> annotations) {
    return Mirrors.find(annotations, PROPERTY)
        .flatMap(p -> Mirrors.explicit(p.mirror(), "value"))
        .map(String::valueOf)
        .filter(name -> !name.isEmpty());
  }

  static boolean required(List<Mirrors.Placed> annotations) {
    return Mirrors.find(annotations, PROPERTY)
        .flatMap(p -> Mirrors.explicit(p.mirror(), "required"))
        .map(Boolean.TRUE::equals)
        .orElse(false);
  }

  static boolean isCreator(Element constructor) {
    return constructor.getAnnotationMirrors().stream().anyMatch(m -> Mirrors.name(m).equals(CREATOR));
  }

  /** The first Jackson annotation on the element that generated codecs do not follow. */
  static Optional<AnnotationMirror> unsupported(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = Mirrors.name(mirror);
      if (name.startsWith(PREFIX) && !isFollowed(name, mirror, element)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static boolean isFollowed(String name, AnnotationMirror mirror, Element element) {
    switch (name) {
      case PROPERTY:
        return Mirrors.explicit(mirror, "access").isEmpty() && Mirrors.explicit(mirror, "defaultValue").isEmpty();
      case CREATOR:
        return element.getKind() == ElementKind.CONSTRUCTOR
            && Mirrors.explicit(mirror, "mode").map(m -> m.toString().equals("PROPERTIES") || m.toString().equals("DEFAULT"))
                .orElse(true);
      case IGNORE_PROPERTIES:
        return mirror.getElementValues().size() == 1
            && Mirrors.explicit(mirror, "ignoreUnknown").map(Boolean.TRUE::equals).orElse(false);
      default:
        return false;
    }
  }
}
