package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.Form;
import dockerfilels.reference.InstructionDoc;
import dockerfilels.reference.Reference;
import dockerfilels.syntax.Instruction;
import java.util.Optional;

/** An instruction keyword (an ONBUILD trigger's too): what it does, its forms, an example and its reference page. */
final class KeywordHover {
    private KeywordHover() {
    }

    static Optional<HoverResult> at(CursorContext cursor) {
        for (Instruction instruction = cursor.outerInstruction(); instruction != null; instruction = instruction.trigger()) {
            if (instruction.kind() != null && instruction.keyword().range().touches(cursor.position())) {
                return Optional.of(new HoverResult(documentation(Reference.instruction(instruction.kind())),
                        instruction.keyword().range()));
            }
        }
        return Optional.empty();
    }

    static String documentation(InstructionDoc doc) {
        Markdown md = Markdown.of().paragraph("**" + doc.name() + "**" + (doc.deprecated() ? " (deprecated)" : "") + ": " + doc.summary())
                .paragraph(doc.description());
        md.code("", String.join("\n", doc.forms().stream().map(Form::label).toList()));
        return md.paragraph("Example:").code("dockerfile", doc.example()).link("Dockerfile reference: " + doc.name(), doc.url())
                .toString();
    }
}
