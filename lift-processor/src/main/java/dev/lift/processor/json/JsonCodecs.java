package dev.lift.processor.json;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.json.model.EnumModel;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Container;
import dev.lift.processor.json.model.JsonType.Named;
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.model.ObjectModel;
import dev.lift.processor.json.model.Problem;
import dev.lift.processor.json.reading.JsonTypeReader;
import dev.lift.processor.json.validation.ConstraintRules;
import dev.lift.processor.json.writing.CheckIndex;
import dev.lift.processor.json.writing.EntryBodyCode;
import dev.lift.processor.json.writing.EnumCodecWriter;
import dev.lift.processor.json.writing.ForeignRecords;
import dev.lift.processor.json.writing.ObjectCodecWriter;
import dev.lift.processor.json.writing.SlotCodecWriter;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Generated JSON codecs for body types, from reading the type to writing its codec classes. The
 * processor keeps one for its whole run (codec files are written once, however many rounds and
 * applications use a type):
 *
 * <ul>
 *   <li>validation asks {@link #fallbackReason} (does this body need jackson-databind, and why) and
 *       {@link #check} (are its constraints sound);
 *   <li>writing asks {@link #codec}, which writes the codec classes the body needs and says how
 *       the entry class refers to its codec.
 * </ul>
 *
 * <p>Each record, class and enum gets {@code <Type>_JsonCodec} beside it in its package, referred to
 * as {@code <Type>_JsonCodec.INSTANCE}; other body types ({@code List<Item>}, {@code Instant}) get
 * a codec nested in the entry class. No registry is consulted at run time. Codecs that hold an
 * enum, record or class of their package (a field, a list element) read and write it with helper
 * methods of their own, so that its codec class loads only where the type is a whole body.
 */
public final class JsonCodecs {
  private final ProcessingEnvironment env;
  private final JsonTypeReader reader;
  private final CheckIndex checks;
  private final Set<String> written = new HashSet<>();
  private final Set<String> checked = new HashSet<>();
  private final Set<String> warned = new HashSet<>();

  public JsonCodecs(ProcessingEnvironment env) {
    this.env = env;
    this.reader = new JsonTypeReader(env);
    this.checks = new CheckIndex(reader::object);
  }

  /** Why a body type falls back to jackson-databind; empty when it gets a generated codec. */
  public Optional<String> fallbackReason(TypeMirror bodyType) {
    List<Problem> problems = reader.read(bodyType).problems();
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(problems.stream().map(Problem::reason).distinct().limit(3).collect(Collectors.joining("; ")));
  }

  /**
   * For validation: reports the constraints of every type the body reaches that cannot be checked
   * (errors) or will not be (warnings), once per type, and warns once per body type that falls
   * back to jackson-databind, on {@code usage}.
   */
  public void check(TypeMirror bodyType, Element usage, Reporter reporter) {
    JsonTypeReader.Reading reading = reader.read(bodyType);
    if (!reading.supported()) {
      warnFallback(bodyType, usage, reporter);
      return;
    }
    ConstraintRules rules = new ConstraintRules(reporter);
    rules.check(reading.slot().orElseThrow(), "the body " + TypeName.get(bodyType));
    forEachObject(reading.slot().orElseThrow().type(), new HashSet<>(), model -> {
      if (checked.add(model.element().getQualifiedName().toString())) {
        rules.check(model);
      }
    });
  }

  /** Warns that a body type falls back to jackson-databind, once per type, naming the reason. */
  public void warnFallback(TypeMirror bodyType, Element usage, Reporter reporter) {
    fallbackReason(bodyType).ifPresent(reason -> {
      if (warned.add(TypeName.get(bodyType).toString())) {
        reporter.warning(Messages.jsonFallback(TypeName.get(bodyType).toString(), reason), usage);
      }
    });
  }

  /**
   * For writing: the generated codec of a body type, writing the codec classes of the records,
   * classes and enums it reaches (once each); empty when the type falls back to jackson-databind.
   *
   * @param nestedName the name to give a codec nested in the entry class, when the body type needs one
   */
  public Optional<Codec> codec(TypeMirror bodyType, ClassName nestedName) {
    JsonTypeReader.Reading reading = reader.read(bodyType);
    if (!reading.supported()) {
      // Validation warned on the route already; this covers a body no validation rule saw.
      warnFallback(bodyType, null, new Reporter(env.getMessager()));
      return Optional.empty();
    }
    Slot slot = reading.slot().orElseThrow();
    writeCodecFiles(slot.type(), new HashSet<>());
    if (slot.type() instanceof Named named) {
      return Optional.of(new Codec(Optional.of(reader.codecClass(named)), Optional.empty()));
    }
    TypeSpec nested = new SlotCodecWriter(checks, reader::enumModel, reader::object).write(nestedName, slot);
    return Optional.of(new Codec(Optional.empty(), Optional.of(nested)));
  }

  /**
   * The slot of a body type the entry class can read and write with code of its own ({@link
   * EntryBodyCode}): a type Lift writes a codec for, whose reading checks no constraint (the entry
   * class has no {@code validate} to call). Writes the codec classes the type reaches, as {@link
   * #codec} does: the entry class reads records of other packages through them. Empty for the
   * others, which keep their codec, and for a record or class the entry class may not construct
   * ({@link ForeignRecords}): it could only call the codec class, which would load all the same.
   */
  public Optional<Slot> entrySlot(TypeMirror bodyType, String entryPackage) {
    JsonTypeReader.Reading reading = reader.read(bodyType);
    if (!reading.supported()) {
      return Optional.empty();
    }
    Slot slot = reading.slot().orElseThrow();
    // As the codecs decide whether read validates: a record's or class's own codec checks what its
    // properties reach; a codec for any other type, what the slot reaches.
    boolean checked = slot.type() instanceof Named named
        ? !named.isEnum() && checks.hasChecks(named.element())
        : checks.hasChecks(slot);
    if (checked || slot.type() instanceof Named named && !named.isEnum()
        && !ForeignRecords.readableFrom(named.element(), entryPackage, reader::object)) {
      return Optional.empty();
    }
    writeCodecFiles(slot.type(), new HashSet<>());
    return Optional.of(slot);
  }

  /** The code of the body types an entry class of {@code packageName} reads and writes itself. */
  public EntryBodyCode entryBodyCode(NameAllocator memberNames, String packageName) {
    return new EntryBodyCode(memberNames, reader::enumModel, reader::object, packageName);
  }

  private void writeCodecFiles(JsonType type, Set<String> visited) {
    if (type instanceof Container container) {
      writeCodecFiles(container.element().type(), visited);
      return;
    }
    if (!(type instanceof Named named) || !visited.add(named.element().getQualifiedName().toString())) {
      return;
    }
    if (named.isEnum()) {
      EnumModel model = reader.enumModel(named.element());
      writeOnce(model.codec(), () -> new EnumCodecWriter(model).write(), named.element());
      return;
    }
    ObjectModel model = reader.object(named.element());
    writeOnce(model.codec(), () -> new ObjectCodecWriter(model, checks, reader::enumModel, reader::object).write(), named.element());
    model.properties().forEach(p -> writeCodecFiles(p.type(), visited));
  }

  private void writeOnce(ClassName codec, Supplier<JavaFile> file, TypeElement type) {
    if (!written.add(codec.canonicalName())) {
      return;
    }
    try {
      file.get().writeTo(env.getFiler());
    } catch (IOException e) {
      new Reporter(env.getMessager()).error(Messages.codecNotWritten(codec.canonicalName(), e.getMessage()), type);
    }
  }

  private void forEachObject(JsonType type, Set<String> visited, Consumer<ObjectModel> action) {
    if (type instanceof Container container) {
      forEachObject(container.element().type(), visited, action);
    } else if (type instanceof Named named && !named.isEnum()
        && visited.add(named.element().getQualifiedName().toString())) {
      ObjectModel model = reader.object(named.element());
      action.accept(model);
      model.properties().forEach(p -> forEachObject(p.type(), visited, action));
    }
  }

  /**
   * How the entry class reaches a body type's generated codec: a codec class of its own
   * ({@code User_JsonCodec}, referred to as {@code User_JsonCodec.INSTANCE}), or a codec class to
   * nest in the entry class.
   */
  public record Codec(Optional<ClassName> codecClass, Optional<TypeSpec> nested) {}
}
