package dockerfilels.features.tokens;

import dockerfilels.syntax.TextRange;

/**
 * Tokens found by reading an instruction's text as BuildKit and the shell read it: quoted
 * strings, shell operators between them, and variable references with their modifiers.
 */
final class TextTokens {
    private final String text;
    private final Painter painter;
    private final char escape;

    TextTokens(String text, Painter painter, char escape) {
        this.text = text;
        this.painter = painter;
        this.escape = escape;
    }

    /** Quoted strings (shell quoting, the file's escape character), and in shell commands the operators between them. */
    void strings(TextRange range, boolean shell) {
        int start = painter.offset(range.start());
        int end = painter.offset(range.end());
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == escape) {
                i += 2;
            } else if (c == '"' || c == '\'') {
                int close = i + 1;
                while (close < end && text.charAt(close) != c) {
                    close += c == '"' && text.charAt(close) == escape ? 2 : 1;
                }
                close = Math.min(close + 1, end);
                painter.paint(i, close, TokenType.STRING, 0);
                i = close;
            } else if (shell && (c == '&' || c == '|') && i + 1 < end && text.charAt(i + 1) == c) {
                painter.paint(i, i + 2, TokenType.OPERATOR, 0);
                i += 2;
            } else if (shell && (c == '|' || c == ';')) {
                painter.paint(i, i + 1, TokenType.OPERATOR, 0);
                i++;
            } else {
                i++;
            }
        }
    }

    /**
     * Variable references, as BuildKit's lexer finds them: {@code $NAME}, {@code ${NAME}} and
     * {@code ${NAME<modifier>word}} with the modifier as an operator and the word's own
     * references; none inside single quotes or after the escape character.
     */
    void variables(TextRange range) {
        int start = painter.offset(range.start());
        int end = painter.offset(range.end());
        boolean single = false;
        boolean dbl = false;
        int braces = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (single) {
                single = c != '\'';
                i++;
            } else if (c == escape) {
                i += 2;
            } else if (c == '\'' && !dbl && braces == 0) {
                single = true;
                i++;
            } else if (c == '"') {
                dbl = !dbl;
                i++;
            } else if (c == '}' && braces > 0) {
                braces--;
                painter.paint(i, i + 1, TokenType.VARIABLE, 0);
                i++;
            } else if (c == '$' && i + 1 < end) {
                i = reference(i, end);
                if (i < 0) {
                    i = -i;
                    braces++;
                }
            } else {
                i++;
            }
        }
    }

    /**
     * Paints the reference at {@code dollar}; returns where scanning goes on, negated when a
     * {@code ${NAME<modifier>} was opened whose closing brace is still to come.
     */
    private int reference(int dollar, int end) {
        char next = text.charAt(dollar + 1);
        if (next == '{') {
            int i = dollar + 2;
            while (i < end && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i < end && text.charAt(i) == '}') {
                painter.paint(dollar, i + 1, TokenType.VARIABLE, 0);
                return i + 1;
            }
            painter.paint(dollar, i, TokenType.VARIABLE, 0);
            int op = i;
            if (op < end && text.charAt(op) == ':') {
                op++;
            }
            if (op < end && "-+?#%/".indexOf(text.charAt(op)) >= 0) {
                char m = text.charAt(op);
                op++;
                if (op < end && (m == '#' || m == '%' || m == '/') && text.charAt(op) == m) {
                    op++;
                }
            }
            painter.paint(i, op, TokenType.OPERATOR, 0);
            return -Math.max(op, dollar + 2);
        }
        if (isNameStart(next)) {
            int i = dollar + 1;
            while (i < end && isNameChar(text.charAt(i))) {
                i++;
            }
            painter.paint(dollar, i, TokenType.VARIABLE, 0);
            return i;
        }
        return dollar + 1;
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
