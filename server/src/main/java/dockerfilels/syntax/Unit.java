package dockerfilels.syntax;

import java.util.List;

/**
 * A unit of a Dockerfile: a blank line, a comment line, a parser directive, or an instruction
 * with its continuation lines, inner comments and heredoc bodies. Units are what an edit
 * re-parses; their content is kept with ranges relative to the unit's first line, so a unit
 * that an edit only moves is reused as it is.
 */
public final class Unit {
    public enum Kind { BLANK, COMMENT, DIRECTIVE, INSTRUCTION }

    final Kind kind;
    /** The unit's source text, up to and including the newline of its last line. */
    final String text;
    /** Line breaks in the text as LSP counts them: the next unit starts this many lines below. */
    final int lineBreaks;
    final Directive directive;
    final Comment comment;
    final Instruction instruction;
    /** Diagnostics of the unit outside its instruction (directives, over-long lines), relative. */
    final List<Diagnostic> diagnostics;
    /** The first error BuildKit's parser would stop at in this unit, or null. */
    final String buildKitError;
    /** The parser state after this unit: what the next unit is read with. */
    final SplitState stateAfter;
    /** Whether the unit ended because the text did (a continuation or heredoc left open). */
    final boolean cutShort;

    /** The unit's content placed at its absolute line, kept while the unit stays on that line. */
    private volatile Placed placed;

    record Placed(int line, Directive directive, Comment comment, Instruction instruction, List<Diagnostic> diagnostics) {
    }

    Unit(Kind kind, String text, int lineBreaks, Directive directive, Comment comment, Instruction instruction,
            List<Diagnostic> diagnostics, String buildKitError, SplitState stateAfter, boolean cutShort) {
        this.kind = kind;
        this.text = text;
        this.lineBreaks = lineBreaks;
        this.directive = directive;
        this.comment = comment;
        this.instruction = instruction;
        this.diagnostics = List.copyOf(diagnostics);
        this.buildKitError = buildKitError;
        this.stateAfter = stateAfter;
        this.cutShort = cutShort;
    }

    Placed at(int line) {
        Placed p = placed;
        if (p == null || p.line() != line) {
            List<Diagnostic> shifted = diagnostics.isEmpty() ? diagnostics
                    : diagnostics.stream().map(d -> d.shift(line)).toList();
            p = new Placed(line, directive == null ? null : directive.shift(line), comment == null ? null : comment.shift(line),
                    instruction == null ? null : instruction.shift(line), shifted);
            placed = p;
        }
        return p;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public int lineBreaks() {
        return lineBreaks;
    }
}
