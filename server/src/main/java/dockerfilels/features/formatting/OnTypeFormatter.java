package dockerfilels.features.formatting;

import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Formatting as the user types a newline. The line just left gets its keyword upper-cased and
 * its trailing blanks removed (never re-indented: the user may be building a nested list). The
 * new line is indented when it continues an instruction: one unit below the instruction's first
 * line, else as deep as the code line above it; a new blank line after a finished instruction
 * goes back to column 0. Nothing inside a heredoc body is touched.
 */
public final class OnTypeFormatter {
    /** The characters that trigger on-type formatting. */
    public static final String TRIGGER = "\n";

    private OnTypeFormatter() {
    }

    public static List<TextEdit> onType(String text, Dockerfile model, TextPosition position, String typed,
            FormatOptions options) {
        Lines lines = new Lines(text);
        int line = position.line();
        if (!TRIGGER.equals(typed) || line <= 0 || line >= lines.count()) {
            return List.of();
        }
        int previous = line - 1;
        List<TextEdit> edits = new ArrayList<>();
        for (Formatter.Edit e : Formatter.plan(text, model, options, previous, previous)) {
            if (e.kind() != Formatter.Kind.INDENT) {
                edits.add(e.edit());
            }
        }
        String indent = newLineIndent(lines, model, previous, options);
        if (indent != null && !lines.endsWithLoneCr(previous)) {
            int start = lines.start(line);
            int first = lines.firstNonBlank(line);
            if (!text.substring(start, first).equals(indent)) {
                edits.add(new TextEdit(new TextRange(lines.index.position(start), lines.index.position(first)), indent));
            }
        }
        return edits;
    }

    /** The indentation the line after {@code previous} should have, or null to leave it. */
    private static String newLineIndent(Lines lines, Dockerfile model, int previous, FormatOptions options) {
        int line = previous + 1;
        Instruction instruction = model.instructionAt(previous);
        if (instruction == null) {
            Instruction here = model.instructionAt(line);
            return here == null && lines.isBlankLine(line) ? "" : null;
        }
        for (Heredoc heredoc : instruction.heredocs()) {
            if (heredoc.body().start().line() <= line) {
                return null;
            }
        }
        if (!continues(lines, instruction, previous, model.escape())) {
            return lines.isBlankLine(line) && model.instructionAt(line) == null ? "" : null;
        }
        if (options.settings().ignoreMultilineInstructions()) {
            return null;
        }
        for (int above = previous; above > instruction.startLine(); above--) {
            if (!lines.isBlankLine(above) && !isComment(instruction, above)) {
                return lines.indentation(above);
            }
        }
        return options.indentUnit();
    }

    /** Whether the instruction goes on after {@code line}: an escape at its end, or a comment or blank line inside it. */
    private static boolean continues(Lines lines, Instruction instruction, int line, char escape) {
        if (line > instruction.startLine() && (isComment(instruction, line) || lines.isBlankLine(line))) {
            return line < instruction.endLine() || lines.continues(lastCode(lines, instruction, line), escape);
        }
        return lines.continues(line, escape);
    }

    private static int lastCode(Lines lines, Instruction instruction, int line) {
        int above = line;
        while (above > instruction.startLine() && (lines.isBlankLine(above) || isComment(instruction, above))) {
            above--;
        }
        return above;
    }

    private static boolean isComment(Instruction instruction, int line) {
        for (Comment comment : instruction.comments()) {
            if (comment.range().start().line() == line) {
                return true;
            }
        }
        return false;
    }
}
