package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.FlagDoc;
import dockerfilels.reference.InstructionDoc;
import dockerfilels.reference.MountOption;
import dockerfilels.reference.MountType;
import dockerfilels.reference.Reference;
import dockerfilels.reference.Value;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import java.util.Locale;
import java.util.Optional;

/**
 * Flags: the flag's name shows what it does, its default, an example and its page; in a value,
 * the value itself: a mount's type, option or option value, the stage {@code --from} names,
 * the mode {@code --network} or {@code --security} selects.
 */
final class FlagHover {
    private FlagHover() {
    }

    static Optional<HoverResult> at(CursorContext cursor) {
        Flag flag = cursor.flag();
        Instruction instruction = cursor.instruction();
        if (flag == null || instruction.kind() == null) {
            return Optional.empty();
        }
        InstructionDoc instructionDoc = Reference.instruction(instruction.kind());
        FlagDoc doc = instructionDoc.flag(flag.name());
        if (doc == null) {
            return Optional.empty();
        }
        boolean inValue = flag.valueRange() != null && flag.valueRange().touches(cursor.position())
                && !flag.nameRange().touches(cursor.position());
        if (inValue) {
            Optional<HoverResult> value = value(cursor, instruction, flag, doc);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.of(new HoverResult(documentation(instructionDoc, doc), flag.range()));
    }

    static String documentation(InstructionDoc instruction, FlagDoc flag) {
        Markdown doc = Markdown.of().paragraph("**" + instruction.name() + " --" + flag.name() + "**"
                + (flag.labs() ? " (labs)" : "")).paragraph(flag.description());
        values(doc, flag.values());
        if (!flag.defaultValue().isEmpty()) {
            doc.paragraph("Default: " + flag.defaultValue());
        }
        return doc.paragraph("Example:").code("dockerfile", flag.example()).link("Dockerfile reference", flag.url()).toString();
    }

    private static void values(Markdown doc, java.util.List<Value> values) {
        if (!values.isEmpty()) {
            doc.paragraph(String.join("\n", values.stream()
                    .map(v -> "- " + Markdown.code(v.value()) + (v.description().isEmpty() ? "" : ": " + v.description())).toList()));
        }
    }

    private static Optional<HoverResult> value(CursorContext cursor, Instruction instruction, Flag flag, FlagDoc doc) {
        if (flag.value().isEmpty()) {
            return Optional.empty();
        }
        if (instruction.is(Keyword.RUN) && flag.name().equals("mount")) {
            return mount(cursor, flag);
        }
        if (instruction.is(Keyword.COPY) && flag.name().equals("from") && cursor.outerInstruction() != null) {
            Stage in = cursor.stages().stageOf(cursor.outerInstruction());
            Stage stage = cursor.stages().named(flag.value(), in == null ? 0 : in.index());
            if (stage == null && flag.value().matches("\\d+")) {
                int index = Integer.parseInt(flag.value());
                stage = index < cursor.stages().all().size() && (in == null || index < in.index()) ? cursor.stages().all().get(index) : null;
            }
            if (stage != null) {
                return Optional.of(new HoverResult(StageHover.of(cursor, stage), flag.valueRange()));
            }
            return ImageHover.of(cursor, flag.value(), flag.valueRange());
        }
        for (Value value : doc.values()) {
            if (value.value().equals(flag.value())) {
                return Optional.of(new HoverResult(Markdown.of().paragraph("**--" + flag.name() + "=" + value.value() + "**")
                        .paragraph(value.description()).link("Dockerfile reference", doc.url()).toString(), flag.valueRange()));
            }
        }
        return Optional.empty();
    }

    /** The field of a {@code --mount} value under the cursor, when the flag is written on one line. */
    private static Optional<HoverResult> mount(CursorContext cursor, Flag flag) {
        TextRange range = flag.range();
        if (range.start().line() != cursor.position().line() || range.end().line() != cursor.position().line()) {
            return Optional.empty();
        }
        String raw = cursor.line().substring(range.start().character(), range.end().character());
        int equals = raw.indexOf('=');
        String value = raw.substring(equals + 1);
        int base = range.start().character() + equals + 1;
        int offset = cursor.column() - base;
        MountType type = Reference.mountType("bind");
        int fieldStart = 0;
        for (String field : value.split(",", -1)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            String fieldValue = eq < 0 ? "" : field.substring(eq + 1).strip();
            if (key.equals("type") && Reference.mountType(fieldValue) != null) {
                type = Reference.mountType(fieldValue);
            }
            if (offset >= fieldStart && offset <= fieldStart + field.length()) {
                return field(cursor, type, key, fieldValue, eq >= 0 && offset > fieldStart + eq,
                        new TextRange(cursor.at(base + fieldStart), cursor.at(base + fieldStart + field.length())));
            }
            fieldStart += field.length() + 1;
        }
        return Optional.empty();
    }

    private static Optional<HoverResult> field(CursorContext cursor, MountType type, String key, String value, boolean inValue,
            TextRange range) {
        if (key.equals("type")) {
            MountType named = Reference.mountType(value);
            return named == null ? Optional.empty() : Optional.of(new HoverResult(mountType(named), range));
        }
        if (inValue && key.equals("from") && cursor.outerInstruction() != null) {
            Stage in = cursor.stages().stageOf(cursor.outerInstruction());
            Stage stage = cursor.stages().named(value, in == null ? 0 : in.index());
            if (stage != null) {
                return Optional.of(new HoverResult(StageHover.of(cursor, stage), range));
            }
        }
        MountOption option = type.option(key);
        if (option == null) {
            MountOption known = Reference.mountOption(key);
            return known == null ? Optional.empty() : Optional.of(new HoverResult(Markdown.of()
                    .paragraph("**" + known.name() + "**: " + known.description())
                    .paragraph("Not an option of " + Markdown.code("type=" + type.name()) + " mounts.").toString(), range));
        }
        Markdown doc = Markdown.of().paragraph("**" + option.name() + "**"
                + (option.aliases().isEmpty() ? "" : " (also " + String.join(", ", option.aliases()) + ")")
                + " of " + Markdown.code("type=" + type.name()) + " mounts").paragraph(option.description());
        values(doc, option.values());
        if (!option.defaultValue().isEmpty()) {
            doc.paragraph("Default: " + option.defaultValue());
        }
        return Optional.of(new HoverResult(doc.link("Dockerfile reference", type.url()).toString(), range));
    }

    static String mountType(MountType type) {
        Markdown doc = Markdown.of().paragraph("**--mount=type=" + type.name() + "**" + (type.isDefault() ? " (the default type)" : ""))
                .paragraph(type.description());
        doc.paragraph("Options:\n" + String.join("\n", type.options().stream().filter(o -> !o.name().equals("type"))
                .map(o -> "- " + Markdown.code(o.name()) + ": " + o.description()
                        + (o.defaultValue().isEmpty() ? "" : " Default: " + o.defaultValue() + "."))
                .toList()));
        return doc.paragraph("Example:").code("dockerfile", type.example()).link("Dockerfile reference", type.url()).toString();
    }
}
