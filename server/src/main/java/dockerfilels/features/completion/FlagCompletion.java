package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.FlagDoc;
import dockerfilels.reference.InstructionDoc;
import dockerfilels.reference.Reference;
import dockerfilels.reference.Value;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import java.util.List;

/**
 * The flags of the instruction at the cursor, before its first argument: every flag BuildKit
 * declares for it, except one already given (a repeatable flag such as {@code --mount} stays).
 * With snippets a flag that takes a value comes with a placeholder, or a choice of its values.
 */
final class FlagCompletion {
    private FlagCompletion() {
    }

    static void complete(Proposals proposals) {
        CursorContext cursor = proposals.cursor();
        Instruction instruction = cursor.instruction();
        if (instruction == null || instruction.kind() == null) {
            return;
        }
        InstructionDoc doc = Reference.instruction(instruction.kind());
        Flag current = cursor.flag();
        for (FlagDoc flag : doc.flags()) {
            if (!flag.repeatable() && isPresent(instruction, flag.name(), current)) {
                continue;
            }
            proposals.add(item(proposals, doc, flag));
        }
    }

    private static boolean isPresent(Instruction instruction, String name, Flag current) {
        for (Flag flag : instruction.flags()) {
            if (flag != current && flag.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static CompletionItem item(Proposals proposals, InstructionDoc instruction, FlagDoc flag) {
        String label = "--" + flag.name();
        String insert;
        boolean snippet = false;
        CursorContext cursor = proposals.cursor();
        String rest = cursor.line().substring(cursor.column(), cursor.wordEnd());
        if (!rest.isEmpty()) {
            // Renaming a written flag: replace its name, keep its value.
            int end = rest.indexOf('=') < 0 ? cursor.wordEnd() : cursor.column() + rest.indexOf('=');
            return CompletionItem.of(label, CompletionItem.Kind.FLAG, proposals.between(cursor.wordStart(), end))
                    .detail(flag.bool() ? "switch" : "value: " + flag.placeholder()).documentation(documentation(instruction, flag));
        }
        if (flag.bool()) {
            insert = label;
        } else if (proposals.snippets()) {
            snippet = true;
            insert = label + "=" + (flag.values().size() > 1
                    ? Proposals.choice(1, flag.values().stream().map(Value::value).toList())
                    : Proposals.placeholder(1, flag.placeholder()));
        } else {
            insert = label + "=";
        }
        String detail = flag.labs() ? "needs docker/dockerfile:1-labs" : flag.bool() ? "switch" : "value: " + flag.placeholder();
        return CompletionItem.of(label, CompletionItem.Kind.FLAG, proposals.from(proposals.cursor().wordStart()))
                .insert(insert, snippet).detail(detail).documentation(documentation(instruction, flag));
    }

    /** What a flag does, its values and default, an example and its documentation link. */
    static String documentation(InstructionDoc instruction, FlagDoc flag) {
        Markdown doc = Markdown.of().paragraph("**" + instruction.name() + " --" + flag.name() + "**")
                .paragraph(flag.description());
        if (!flag.values().isEmpty()) {
            doc.paragraph(String.join("\n", flag.values().stream()
                    .map(v -> "- " + Markdown.code(v.value()) + (v.description().isEmpty() ? "" : ": " + v.description()))
                    .toList()));
        }
        if (!flag.defaultValue().isEmpty()) {
            doc.paragraph("Default: " + flag.defaultValue());
        }
        if (flag.repeatable()) {
            doc.paragraph("May be given several times.");
        }
        return doc.code("dockerfile", flag.example()).link("Dockerfile reference", flag.url()).toString();
    }

}
