package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import java.util.Optional;

/**
 * Hover: the rule behind a diagnostic under the cursor, then what the cursor is on: a directive,
 * a rule name in a comment, a variable, an instruction keyword, a flag (and a mount's type,
 * options and values), a heredoc marker, a stage reference or an image. A pure function of the
 * request; never throws.
 */
public final class Hover {
    private Hover() {
    }

    public static Optional<HoverResult> at(HoverRequest request) {
        try {
            return unguarded(request);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty(); // text we did not foresee: no hover rather than an error
        }
    }

    /** {@link #at} without its guard, so robustness tests see any exception. */
    static Optional<HoverResult> unguarded(HoverRequest request) {
        CursorContext cursor = CursorContext.of(request.model(), request.text(), request.position());
        if (cursor.outside()) {
            return Optional.empty();
        }
        Optional<HoverResult> diagnostic = DiagnosticHover.at(cursor, request.lint());
        Optional<HoverResult> construct = construct(cursor);
        if (diagnostic.isEmpty()) {
            return construct;
        }
        if (construct.isEmpty()) {
            return diagnostic;
        }
        String both = Markdown.of().paragraph(diagnostic.get().markdown()).rule().paragraph(construct.get().markdown()).toString();
        return Optional.of(new HoverResult(both, construct.get().range()));
    }

    private static Optional<HoverResult> construct(CursorContext cursor) {
        if (cursor.heredoc() == null && (cursor.inComment() || cursor.directive() != null)) {
            return CommentHover.at(cursor);
        }
        Optional<HoverResult> variable = VariableHover.at(cursor);
        if (variable.isPresent() || cursor.heredoc() != null || cursor.instruction() == null) {
            return variable;
        }
        Optional<HoverResult> keyword = KeywordHover.at(cursor);
        if (keyword.isPresent()) {
            return keyword;
        }
        Optional<HoverResult> flag = FlagHover.at(cursor);
        if (flag.isPresent()) {
            return flag;
        }
        Optional<HoverResult> heredoc = HeredocHover.at(cursor);
        if (heredoc.isPresent()) {
            return heredoc;
        }
        return FromHover.at(cursor);
    }
}
