package dockerfilels.features.formatting;

import java.util.List;
import java.util.TreeSet;

/**
 * The indentation of one instruction's continuation lines. Lines at a single depth all get one
 * indent unit. Where the user nested them (an {@code apt-get install} list deeper than the
 * {@code &&} lines), the shallowest gets one unit and every other keeps its depth relative to it,
 * so hand-made structure survives. A line is left as it is where its indentation is part of
 * the instruction's value: inside a quoted string, or where it is all that separates it from
 * the previous line's last word (BuildKit joins continuation lines without a space).
 */
final class ContinuationLayout {
    private ContinuationLayout() {
    }

    /** A code line of the instruction: not a comment, not blank, not in a heredoc. */
    record CodeLine(int line, int from) {
    }

    /**
     * The new indentation of each code line after the first ({@code from} is where each line's
     * text starts; for the first line, the keyword), null where it stays as it is.
     */
    static String[] indents(Lines lines, List<CodeLine> code, char escape, FormatOptions options) {
        int n = code.size();
        String unit = options.indentUnit();
        String[] result = new String[n];
        boolean[] movable = new boolean[n];
        boolean[] needsSeparator = new boolean[n];
        int[] width = new int[n];
        Quotes quotes = new Quotes(escape);
        boolean separated = true;
        for (int i = 0; i < n; i++) {
            CodeLine c = code.get(i);
            String indentation = lines.indentation(c.line());
            int contentEnd = lines.afterLastNonBlank(c.line());
            int bodyEnd = lines.continues(c.line(), escape) ? contentEnd - 1 : contentEnd;
            int bodyStart = i == 0 ? c.from() : lines.firstNonBlank(c.line());
            boolean bodyEmpty = bodyStart >= bodyEnd;
            if (i > 0) {
                needsSeparator[i] = !separated;
                // Blanks inside a quoted string are the string's; a line of nothing but blanks and
                // the escape keeps them, as they may be the only separator of its neighbours.
                // A line whose blanks separate it from the previous line's last word is moved only
                // when the indent unit is not empty (then its indentation can never become empty).
                movable[i] = !quotes.open() && !bodyEmpty && !(needsSeparator[i] && (indentation.isEmpty() || unit.isEmpty()));
                width[i] = options.columns(indentation);
            }
            quotes.scan(lines.text, i == 0 ? c.from() : lines.start(c.line()), bodyEnd);
            if (!bodyEmpty) {
                separated = Lines.isBlank(lines.text.charAt(bodyEnd - 1));
            } else if (!indentation.isEmpty()) {
                separated = true;
            }
        }
        TreeSet<Integer> widths = new TreeSet<>();
        for (int i = 1; i < n; i++) {
            if (movable[i]) {
                widths.add(width[i]);
            }
        }
        if (widths.isEmpty()) {
            return result;
        }
        int base = widths.first();
        boolean nested = widths.size() > 1;
        for (int i = 1; i < n; i++) {
            if (movable[i]) {
                result[i] = nested ? unit + options.indentOf(width[i] - base) : unit;
            }
        }
        return result;
    }

    /** Shell-like quote state across the lines of an instruction, with the file's escape character. */
    static final class Quotes {
        private final char escape;
        private char quote;
        private boolean escaped;

        Quotes(char escape) {
            this.escape = escape;
        }

        boolean open() {
            return quote != 0;
        }

        void scan(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (escaped) {
                    escaped = false;
                } else if (quote == '\'') {
                    if (c == '\'') {
                        quote = 0;
                    }
                } else if (c == escape) {
                    escaped = true;
                } else if (quote == '"') {
                    if (c == '"') {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                }
            }
        }
    }
}
