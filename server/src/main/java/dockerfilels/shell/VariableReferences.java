package dockerfilels.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds the variable references of a word the way {@link ShellLexer} would expand them, without an
 * environment and without failing: for undefined-variable checks, hover and rename.
 *
 * <p>Follows the lexer's rules: nothing inside {@code '...'}; an escaped {@code $} is literal; inside
 * {@code "..."} the escape character only escapes {@code "}, {@code $} and itself; references nested
 * in a modifier word ({@code ${a:-$b}}) are reported too. A {@code ${...}} that BuildKit would reject
 * (unterminated, unknown modifier, {@code ${:x}}) is not reported, but complete references inside it
 * are. The scan is iterative (an explicit stack), so any nesting depth is fine, and linear in time.
 */
public final class VariableReferences {
    private VariableReferences() {
    }

    /** A context the scanner is in: a modifier word waiting for its terminator, or a double-quoted string. */
    private static final class Frame {
        final boolean doubleQuoted;
        char terminator; // '}' or, for the pattern of ${v/p/r}, '/'
        final String name;
        final int start;
        final int nameStart;
        final int nameEnd;
        final String modifier;

        Frame(boolean doubleQuoted, char terminator, String name, int start, int nameStart, int nameEnd,
                String modifier) {
            this.doubleQuoted = doubleQuoted;
            this.terminator = terminator;
            this.name = name;
            this.start = start;
            this.nameStart = nameStart;
            this.nameEnd = nameEnd;
            this.modifier = modifier;
        }

        static Frame doubleQuote() {
            return new Frame(true, '"', "", -1, -1, -1, "");
        }
    }

    public static List<VariableReference> find(String text, char escapeToken) {
        List<VariableReference> found = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            Frame top = stack.peek();
            if (top != null && top.doubleQuoted) {
                if (c == '"') {
                    stack.pop();
                    pos++;
                } else if (c == '$') {
                    pos = dollar(text, pos, found, stack);
                } else if (c == escapeToken && pos + 1 < n
                        && (text.charAt(pos + 1) == '"' || text.charAt(pos + 1) == '$'
                        || text.charAt(pos + 1) == escapeToken)) {
                    pos += 2;
                } else {
                    pos++; // any other escape character stays literal in double quotes
                }
                continue;
            }
            if (top != null && c == top.terminator) {
                pos++;
                if (top.terminator == '/') {
                    top.terminator = '}'; // the pattern of ${v/p/r} is done; the replacement follows
                } else {
                    stack.pop();
                    if (!top.name.isEmpty()) {
                        found.add(new VariableReference(top.name, top.start, pos, top.nameStart, top.nameEnd,
                                top.modifier, true));
                    }
                }
                continue;
            }
            if (c == '\'') {
                int close = text.indexOf('\'', pos + 1);
                pos = close < 0 ? n : close + 1;
            } else if (c == '"') {
                stack.push(Frame.doubleQuote());
                pos++;
            } else if (c == '$') {
                pos = dollar(text, pos, found, stack);
            } else if (c == escapeToken) {
                pos = Math.min(n, pos + 1 + (pos + 1 < n ? Character.charCount(text.codePointAt(pos + 1)) : 0));
            } else {
                pos++;
            }
        }
        found.sort(Comparator.comparingInt(VariableReference::start));
        return found;
    }

    /** Handles the {@code $} at {@code dollar}; returns where scanning continues. */
    private static int dollar(String text, int dollar, List<VariableReference> found, Deque<Frame> stack) {
        int n = text.length();
        int after = dollar + 1;
        if (after >= n || text.charAt(after) != '{') {
            int nameEnd = nameEnd(text, after);
            if (nameEnd > after) {
                found.add(new VariableReference(text.substring(after, nameEnd), dollar, nameEnd, after, nameEnd, "",
                        false));
            }
            return Math.max(nameEnd, after);
        }
        int nameStart = after + 1;
        if (nameStart >= n || "{}:".indexOf(text.charAt(nameStart)) >= 0) {
            return nameStart; // ${, ${{, ${}, ${: are errors for BuildKit
        }
        int nameEnd = nameEnd(text, nameStart);
        if (nameEnd >= n) {
            return nameEnd;
        }
        String name = text.substring(nameStart, nameEnd);
        char c = text.charAt(nameEnd);
        char following = nameEnd + 1 < n ? text.charAt(nameEnd + 1) : '\0';
        String modifier;
        char terminator = '}';
        if (c == '}') {
            if (!name.isEmpty()) {
                found.add(new VariableReference(name, dollar, nameEnd + 1, nameStart, nameEnd, "", true));
            }
            return nameEnd + 1;
        } else if (c == ':' && (following == '-' || following == '+' || following == '?')) {
            modifier = ":" + following;
        } else if (c == '-' || c == '+' || c == '?') {
            modifier = String.valueOf(c);
        } else if (c == '#' || c == '%') {
            modifier = following == c ? "" + c + c : String.valueOf(c);
        } else if (c == '/') {
            modifier = following == '/' ? "//" : "/";
            terminator = '/';
        } else {
            return nameEnd; // unsupported modifier: not a reference
        }
        stack.push(new Frame(false, terminator, name, dollar, nameStart, nameEnd, modifier));
        return nameEnd + modifier.length();
    }

    /** The end of the name starting at {@code start}, by the lexer's {@code processName} rules. */
    private static int nameEnd(String text, int start) {
        int n = text.length();
        if (start >= n) {
            return start;
        }
        int first = text.codePointAt(start);
        if (Character.isDigit(first)) {
            int pos = start;
            while (pos < n && Character.isDigit(text.codePointAt(pos))) {
                pos += Character.charCount(text.codePointAt(pos));
            }
            return pos;
        }
        if (Expander.isSpecialParameter(first)) {
            return start + 1;
        }
        int pos = start;
        while (pos < n && GoText.isNameChar(text.codePointAt(pos))) {
            pos += Character.charCount(text.codePointAt(pos));
        }
        return pos;
    }
}
