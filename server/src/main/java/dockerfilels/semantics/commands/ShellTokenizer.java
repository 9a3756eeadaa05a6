package dockerfilels.semantics.commands;

import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into words, operators and redirections the way a POSIX shell reads them:
 * quotes, backslash escapes and line continuations, {@code $(...)}, {@code ${...}}, backquotes,
 * comments, and here-documents inside a script (their bodies are skipped, not read as commands).
 * One pass, linear in the text; it never fails: unterminated quotes end at the end of the text.
 */
final class ShellTokenizer {
    enum Kind { WORD, OPERATOR, REDIRECT }

    /**
     * A word (with the spans of its command substitutions), an operator (with its range in the
     * file), or a redirection and its target.
     */
    record Token(Kind kind, String text, ShellWord word, List<int[]> substitutions, TextRange range) {
        Token(Kind kind, String text, ShellWord word, List<int[]> substitutions) {
            this(kind, text, word, substitutions, null);
        }
    }

    private static final String[] OPERATORS = {"&&", "||", ";;", "|&", ";", "&", "|", "(", ")"};
    private static final String[] REDIRECTS = {"&>>", "&>", "<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"};

    private final String s;
    private final SourceRanges ranges;
    private final List<Token> tokens = new ArrayList<>();
    /** Here-document delimiters opened on the current line: {name, "-" when tabs are stripped}. */
    private final List<String[]> pendingHeredocs = new ArrayList<>();
    private int i;

    private ShellTokenizer(String text, SourceRanges ranges) {
        this.s = text;
        this.ranges = ranges;
    }

    static List<Token> tokens(String text, SourceRanges ranges) {
        ShellTokenizer tokenizer = new ShellTokenizer(text, ranges);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                tokens.add(new Token(Kind.OPERATOR, "\n", null, List.of(), ranges.range(i, i + 1)));
                i++;
                skipHeredocBodies();
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (!redirect()) {
                String operator = startsWithAny(OPERATORS);
                if (operator != null) {
                    tokens.add(new Token(Kind.OPERATOR, operator, null, List.of(), ranges.range(i, i + operator.length())));
                    i += operator.length();
                } else {
                    List<int[]> substitutions = new ArrayList<>();
                    ShellWord word = word(substitutions);
                    tokens.add(new Token(Kind.WORD, word.value(), word, substitutions));
                }
            }
        }
    }

    /** A redirection at {@code i} ({@code 2>&1}, {@code >file}, {@code <<EOF}): reads it and its target. */
    private boolean redirect() {
        int start = i;
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        i = j;
        String operator = startsWithAny(REDIRECTS);
        if (operator == null || (j > start && operator.startsWith("&"))) {
            i = start;
            return false;
        }
        i += operator.length();
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        ShellWord target = null;
        if (i < s.length() && !isBreak(s.charAt(i)) && s.charAt(i) != '\n') {
            target = word(new ArrayList<>());
        }
        if (target != null && operator.startsWith("<<") && !operator.equals("<<<")) {
            pendingHeredocs.add(new String[] {target.value(), operator.equals("<<-") ? "-" : ""});
        }
        tokens.add(new Token(Kind.REDIRECT, s.substring(start, start + (j - start) + operator.length()), target, List.of()));
        return true;
    }

    /** After a newline: the bodies of the here-documents opened on the line before. */
    private void skipHeredocBodies() {
        for (String[] heredoc : pendingHeredocs) {
            while (i < s.length()) {
                int end = s.indexOf('\n', i);
                int lineEnd = end < 0 ? s.length() : end;
                int from = i;
                if (heredoc[1].equals("-")) {
                    while (from < lineEnd && s.charAt(from) == '\t') {
                        from++;
                    }
                }
                String line = s.substring(from, lineEnd).stripTrailing();
                i = end < 0 ? s.length() : end + 1;
                if (line.equals(heredoc[0])) {
                    break;
                }
            }
        }
        pendingHeredocs.clear();
    }

    private ShellWord word(List<int[]> substitutions) {
        int start = i;
        int n = s.length();
        StringBuilder value = new StringBuilder();
        IntList origins = new IntList();
        boolean quoted = false;
        boolean expands = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || isBreak(c)) {
                break;
            }
            if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                    continue;
                }
                quoted = true;
                if (i + 1 < n) {
                    append(value, origins, i + 1);
                }
                i += 2;
            } else if (c == '\'') {
                quoted = true;
                int close = s.indexOf('\'', i + 1);
                int end = close < 0 ? n : close;
                for (int k = i + 1; k < end; k++) {
                    append(value, origins, k);
                }
                i = end + 1;
            } else if (c == '"') {
                quoted = true;
                expands |= doubleQuoted(value, origins, substitutions);
            } else if (c == '$' || c == '`') {
                expands |= expansion(value, origins, substitutions);
            } else {
                append(value, origins, i);
                i++;
            }
        }
        i = Math.min(i, n);
        origins.add(i);
        int[] offsets = origins.toArray();
        return new ShellWord(value.toString(), s.substring(start, i), ranges.range(start, i), quoted, expands, offsets);
    }

    /** From an opening {@code "} past its closing one. Returns whether it held an expansion. */
    private boolean doubleQuoted(StringBuilder value, IntList origins, List<int[]> substitutions) {
        boolean expands = false;
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
                if (s.charAt(i + 1) != '\n') {
                    append(value, origins, i + 1);
                }
                i += 2;
            } else if (c == '$' || c == '`') {
                expands |= expansion(value, origins, substitutions);
            } else {
                append(value, origins, i);
                i++;
            }
        }
        i++;
        return expands;
    }

    /** A {@code $} or backquote at {@code i}: copies the expansion as written. Returns whether it is one. */
    private boolean expansion(StringBuilder value, IntList origins, List<int[]> substitutions) {
        int start = i;
        int n = s.length();
        char c = s.charAt(i);
        int end;
        if (c == '`') {
            int close = i + 1;
            while (close < n && s.charAt(close) != '`') {
                close += s.charAt(close) == '\\' ? 2 : 1;
            }
            close = Math.min(close, n);
            substitutions.add(new int[] {i + 1, close});
            end = Math.min(close + 1, n);
        } else if (i + 1 < n && s.charAt(i + 1) == '(') {
            boolean arithmetic = i + 2 < n && s.charAt(i + 2) == '(';
            int close = matching(i + 1, '(', ')');
            if (!arithmetic) {
                substitutions.add(new int[] {i + 2, close});
            }
            end = Math.min(close + 1, n);
        } else if (i + 1 < n && s.charAt(i + 1) == '{') {
            end = Math.min(matching(i + 1, '{', '}') + 1, n);
        } else if (i + 1 < n && (isNameStart(s.charAt(i + 1)) )) {
            end = i + 2;
            while (end < n && isNameChar(s.charAt(end))) {
                end++;
            }
        } else if (i + 1 < n && "@*#?$!-0123456789".indexOf(s.charAt(i + 1)) >= 0) {
            end = i + 2;
        } else {
            append(value, origins, i);
            i++;
            return false;
        }
        for (int k = start; k < end; k++) {
            append(value, origins, k);
        }
        i = end;
        return true;
    }

    /** The offset of the bracket closing the one at {@code open} (nesting and quotes respected), or the text's end. */
    private int matching(int open, char opening, char closing) {
        int depth = 0;
        int k = open;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '\'' && opening == '(') {
                int close = s.indexOf('\'', k + 1);
                k = close < 0 ? s.length() : close + 1;
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return k;
            }
            k++;
        }
        return s.length();
    }

    private void append(StringBuilder value, IntList origins, int at) {
        value.append(s.charAt(at));
        origins.add(at);
    }

    private String startsWithAny(String[] candidates) {
        for (String candidate : candidates) {
            if (s.startsWith(candidate, i)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isBreak(char c) {
        return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /** A growable int array, to map each value character to where it was read. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
