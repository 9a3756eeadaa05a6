package dockerfilels.features.tokens;

import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The semantic tokens of a document, or of the lines of a range: sorted, disjoint, one line
 * each, every type in {@link TokenType#legend()}. Each instruction is painted on its own (see
 * {@link InstructionTokens}); heredoc bodies, comments and directives are tokens of their own.
 */
public final class SemanticTokens {
    private SemanticTokens() {
    }

    public static List<Token> of(String text, Dockerfile model) {
        return of(text, model, null);
    }

    /** The tokens on the lines {@code range} touches (all of them when null). */
    public static List<Token> of(String text, Dockerfile model, TextRange range) {
        LineIndex lines = LineIndex.of(text);
        int first = range == null ? 0 : Math.max(0, range.start().line());
        int last = range == null ? Integer.MAX_VALUE : range.end().line();
        List<Token> tokens = new ArrayList<>();
        for (Directive directive : model.directives()) {
            if (within(directive.range().start().line(), first, last)) {
                directive(text, lines, directive, tokens);
            }
        }
        for (Comment comment : model.comments()) {
            if (within(comment.range().start().line(), first, last)) {
                line(lines, comment.range(), TokenType.COMMENT, tokens);
            }
        }
        Set<String> stages = new HashSet<>();
        for (Instruction instruction : model.instructions()) {
            boolean touched = instruction.startLine() <= last && instruction.endLine() >= first;
            if (touched) {
                InstructionTokens.of(text, lines, instruction, model.escape(), stages, tokens);
            }
            InstructionTokens.declareStage(instruction, stages);
            if (instruction.startLine() > last) {
                break;
            }
        }
        tokens.removeIf(t -> t.line() < first || t.line() > last || t.length() <= 0);
        tokens.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::character));
        return tokens;
    }

    private static boolean within(int line, int first, int last) {
        return line >= first && line <= last;
    }

    /** {@code # key=value}: the {@code #} as a comment, the key a macro, {@code =} an operator, the value a string. */
    private static void directive(String text, LineIndex lines, Directive directive, List<Token> out) {
        TextRange key = directive.keyRange();
        TextRange value = directive.valueRange();
        int line = key.start().line();
        int hash = lines.offset(directive.range().start(), text);
        int keyStart = lines.offset(key.start(), text);
        int keyEnd = lines.offset(key.end(), text);
        int valueStart = lines.offset(value.start(), text);
        if (hash < keyStart && text.charAt(hash) == '#') {
            out.add(new Token(line, directive.range().start().character(), 1, TokenType.COMMENT, 0));
        }
        out.add(new Token(line, key.start().character(), keyEnd - keyStart, TokenType.MACRO, 0));
        int equals = text.indexOf('=', keyEnd);
        if (equals >= 0 && equals < valueStart) {
            out.add(new Token(line, key.end().character() + (equals - keyEnd), 1, TokenType.OPERATOR, 0));
        }
        line(lines, value, TokenType.STRING, out);
    }

    /** A token for a range on one line (nothing for an empty or multi-line range). */
    static void line(LineIndex lines, TextRange range, TokenType type, List<Token> out) {
        TextPosition start = range.start();
        if (start.line() == range.end().line() && range.end().character() > start.character()) {
            out.add(new Token(start.line(), start.character(), range.end().character() - start.character(), type, 0));
        }
    }

    /**
     * A heredoc's body, one string token a non-empty line from {@code firstLine} on (never a
     * line of the instruction itself or of an earlier body: unterminated bodies share lines),
     * and its terminator as a label. Returns the first line after what it covered.
     */
    static int heredoc(String text, LineIndex lines, Heredoc heredoc, int firstLine, List<Token> out) {
        TextPosition bodyEnd = heredoc.body().end();
        int endLine = heredoc.terminated() ? heredoc.terminator().start().line()
                : bodyEnd.character() > 0 ? bodyEnd.line() + 1 : bodyEnd.line();
        for (int line = Math.max(firstLine, heredoc.body().start().line()); line < endLine && line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.contentEnd(line, text);
            if (end > start) {
                out.add(new Token(line, 0, end - start, TokenType.STRING, 0));
            }
        }
        if (heredoc.terminated() && heredoc.terminator().start().line() >= firstLine) {
            line(lines, heredoc.terminator(), TokenType.LABEL, out);
            return heredoc.terminator().start().line() + 1;
        }
        return Math.max(firstLine, endLine);
    }
}
