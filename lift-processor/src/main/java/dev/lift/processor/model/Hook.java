package dev.lift.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** A method run at a point of the function's life, with resources as parameters. */
public record Hook(ExecutableElement method, Phase phase, boolean isStatic, List<Dependency> parameters) {
  public enum Phase {
    /** {@code @PreWarm} returning nothing: at init, after every resource exists. */
    INIT,
    /** {@code @BeforeCheckpoint}: before a SnapStart checkpoint, after Lift primed itself. */
    BEFORE_CHECKPOINT,
    /** {@code @AfterRestore}: after a snapshot was restored. */
    AFTER_RESTORE
  }

  public Hook {
    parameters = List.copyOf(parameters);
  }

  public TypeElement owner() {
    return (TypeElement) method.getEnclosingElement();
  }

  public String displayName() {
    return owner().getSimpleName() + "." + method.getSimpleName();
  }
}
