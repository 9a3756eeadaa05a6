package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.Optional;

/** A heredoc marker ({@code <<EOF}): where its body is, what becomes of it, whether variables are expanded. */
final class HeredocHover {
    private HeredocHover() {
    }

    static Optional<HoverResult> at(CursorContext cursor) {
        Instruction instruction = cursor.instruction();
        for (Heredoc heredoc : instruction.heredocs()) {
            if (heredoc.marker().range().touches(cursor.position())) {
                return Optional.of(new HoverResult(documentation(instruction, heredoc), heredoc.marker().range()));
            }
        }
        return Optional.empty();
    }

    private static String documentation(Instruction instruction, Heredoc heredoc) {
        int first = heredoc.marker().range().end().line() + 2;
        String lines = heredoc.terminated()
                ? "Body: lines " + first + "–" + heredoc.terminator().start().line() + ", ended by " + Markdown.code(heredoc.name())
                        + " on line " + (heredoc.terminator().start().line() + 1) + "."
                : "Not terminated: add a line " + Markdown.code(heredoc.name()) + " after its body.";
        String use = instruction.is(Keyword.RUN)
                ? "RUN runs the body as a script (with the shell, or the interpreter its `#!` line names)."
                : "The body becomes a file named " + Markdown.code(heredoc.name()) + " that " + instruction.keyword().text()
                        + " copies to the destination.";
        String expansion = instruction.is(Keyword.RUN) ? "Variables in the body are left to the shell."
                : heredoc.expand() ? "Variables in the body are expanded (quote the marker, `<<\"" + heredoc.name() + "\"`, to keep them)."
                : "Variables in the body are kept as written (the marker is quoted).";
        return Markdown.of().paragraph("**Here-document " + Markdown.code(heredoc.name()) + "**" + (heredoc.chomp() ? " (leading tabs stripped)" : ""))
                .paragraph(lines).paragraph(use).paragraph(expansion).toString();
    }
}
