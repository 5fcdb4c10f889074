package dev.lift.processor.json.writing;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import dev.lift.processor.json.model.EnumModel;
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.model.ObjectModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * The JSON code an entry class holds for the body types it reads and writes itself, in place of
 * their codec classes: the same helpers a codec class writes for the types it holds ({@code
 * readNewOrder}, {@code writeListOfItem}), and the {@code SerializedString} constants their writes
 * use, as members of the entry class. A record or class of another package is still read and
 * written through its codec class, as in any codec (see {@link ValueCode}).
 */
public final class EntryBodyCode {
  private final NameConstants names;
  private final ValueCode values;

  /**
   * @param memberNames the entry class's names, so that helpers and constants clash with none of
   *     its members
   * @param packageName the entry class's package
   */
  public EntryBodyCode(NameAllocator memberNames, Function<TypeElement, EnumModel> enums,
      Function<TypeElement, ObjectModel> objects, String packageName) {
    this.names = new NameConstants(memberNames);
    this.values = new ValueCode(memberNames, enums, objects, names, packageName, Optional.empty());
  }

  /** An expression that reads a value of the slot's type from {@code parser}, on its first token. */
  public CodeBlock read(Slot slot) {
    return values.read(slot.type(), false);
  }

  /** A statement that writes {@code value}, an expression of the slot's type, to {@code generator}. */
  public CodeBlock write(Slot slot, CodeBlock value) {
    return values.write(slot.type(), value);
  }

  /** The helper methods {@link #read} and {@link #write} have needed so far. */
  public List<MethodSpec> helpers() {
    return values.helpers();
  }

  /** The field name constants the writes have needed so far. */
  public List<FieldSpec> constants() {
    return names.fields();
  }
}
