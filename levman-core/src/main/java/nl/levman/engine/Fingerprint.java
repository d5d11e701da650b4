package nl.levman.engine;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;

/**
 * What a command id is bound to: the SHA-256 of the command's kind, instance, step or work item,
 * person and content (documents by their SHA-256). Each part is written with its length, so no two
 * different commands write the same text. The same id with the same fingerprint is a repeat; with
 * another, a reuse.
 */
final class Fingerprint {
  private final StringBuilder text = new StringBuilder();

  private Fingerprint(String kind) {
    part(kind);
  }

  static String of(StartProcess c) {
    return start(c.instance(), c.processKey(), c.by(), c.context());
  }

  static String start(InstanceId instance, String processKey, PersonId by, ProcessContext x) {
    Fingerprint f = new Fingerprint("start").part(instance.value()).part(processKey).part(by.value());
    f.part(x.supplier().orElse("\u0000")).part(x.contract().orElse("\u0000"))
        .part(x.service().orElse("\u0000"));
    f.map(x.flags()).map(x.people()).part(x.term().map(Object::toString).orElse("\u0000"))
        .map(x.attributes());
    return f.digest();
  }

  /** A completion, its documents by the digests {@code measured} took of them. */
  static String of(CompleteStep c, Documents.Measurement measured) {
    Fingerprint f = new Fingerprint("complete").part(c.instance().value()).part(c.item().value())
        .part(c.by().value()).part(c.outcome().orElse("\u0000"));
    f.part(Integer.toString(c.documents().size()));
    for (int i = 0; i < c.documents().size(); i++) {
      DocumentInput d = c.documents().get(i);
      f.part(d.type()).part(d.fileName()).part(measured.digest(i));
    }
    f.part(Integer.toString(c.declares().size()));
    new TreeMap<>(c.declares()).forEach((kind, items) -> {
      f.part(kind).part(Integer.toString(items.size()));
      items.forEach(f::part);
    });
    return f.map(c.fields()).part(c.note().orElse("\u0000")).digest();
  }

  static String of(RaiseStep c) {
    return new Fingerprint("raise").part(c.instance().value()).part(Integer.toString(c.step()))
        .part(c.by().value()).part(c.reason()).digest();
  }

  /** A timer fired as a command of the engine's own. */
  static String timer(CommandId command, InstanceId instance) {
    return new Fingerprint("timer").part(command.value()).part(instance.value()).digest();
  }

  private Fingerprint part(String value) {
    text.append(value.length()).append(':').append(value).append(';');
    return this;
  }

  private Fingerprint map(Map<String, ?> values) {
    part(Integer.toString(values.size()));
    new TreeMap<String, Object>(values).forEach((k, v) -> part(k).part(String.valueOf(v)));
    return this;
  }

  private String digest() {
    return HashChain.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

}
