package dockerfilels.shell;

import java.util.BitSet;

/**
 * A shell pattern of the {@code #}, {@code %} and {@code /} modifiers. BuildKit converts it to a Go
 * regular expression ({@code convertShellPatternToRegex}): {@code *} is {@code .*} (or the lazy
 * {@code .*?}), {@code ?} is {@code .}, {@code \*} {@code \?} {@code \\} are literal, {@code \}} and
 * {@code \/} drop the backslash, every other backslash escape is an error, there are no bracket
 * expressions, and like Go's {@code .} the wildcards never match a newline.
 *
 * <p>Instead of building a {@link java.util.regex.Pattern} (which backtracks), the pattern is run as
 * a set-of-states automaton over code points, charged to a {@link WorkBudget}. For these patterns
 * (literals, one-character wildcards and stars only) Go's leftmost-first match with greedy stars
 * ends as late as possible and with lazy stars as early as possible, which is what the automaton
 * computes.
 */
final class GlobPattern {
    private static final int STAR = -1;
    private static final int ANY = -2;

    /** Literal code points, or STAR / ANY. */
    private final int[] tokens;

    private GlobPattern(int[] tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code pattern}; the error text is BuildKit's {@code invalid escape '\x'}. */
    static GlobPattern parse(String pattern) throws ShellException {
        int[] cps = pattern.codePoints().toArray();
        int[] tokens = new int[cps.length];
        int count = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '*') {
                tokens[count++] = STAR;
            } else if (cp == '?') {
                tokens[count++] = ANY;
            } else if (cp == '\\') {
                int next = i + 1 < cps.length ? cps[i + 1] : -1;
                if (next == '}' || next == '/') {
                    continue; // the escape only kept the character from ending the ${...}
                }
                if (next != '*' && next != '?' && next != '\\') {
                    throw new ShellException("invalid escape '\\" + GoText.runeString(next) + "'");
                }
                tokens[count++] = next;
                i++;
            } else {
                tokens[count++] = cp;
            }
        }
        return new GlobPattern(java.util.Arrays.copyOf(tokens, count));
    }

    /**
     * BuildKit's {@code reversePattern}: reverses the pattern text but keeps each backslash pair in
     * order ({@code a\*c} becomes {@code c\*a}), so a suffix match can run as a prefix match.
     */
    static String reverse(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int last = cps.length - 1;
        for (int i = 0; i <= last; ) {
            int outIndex = last - i;
            if (cps[i] == '\\' && i != last) {
                out[outIndex - 1] = cps[i];
                out[outIndex] = cps[i + 1];
                i += 2;
            } else {
                out[outIndex] = cps[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    /**
     * The end (exclusive, in code points) of a match that starts at {@code start}: the latest one
     * when {@code longest}, else the earliest; -1 when the pattern does not match there.
     */
    int matchEnd(int[] text, int start, boolean longest, WorkBudget budget) throws ShellException {
        BitSet states = new BitSet(tokens.length + 1);
        addWithClosure(states, 0);
        int end = -1;
        for (int pos = start; ; pos++) {
            if (states.get(tokens.length)) {
                end = pos;
                if (!longest) {
                    return end;
                }
            }
            if (pos == text.length || states.isEmpty()) {
                return end;
            }
            states = step(states, text[pos], budget);
        }
    }

    /**
     * For every start position 0..n, whether some match begins there. Computed in one pass by
     * running the reversed pattern, unanchored, over the reversed text.
     */
    boolean[] possibleStarts(int[] text, WorkBudget budget) throws ShellException {
        int[] reversedTokens = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            reversedTokens[i] = tokens[tokens.length - 1 - i];
        }
        GlobPattern reversed = new GlobPattern(reversedTokens);
        int n = text.length;
        boolean[] starts = new boolean[n + 1];
        BitSet states = new BitSet(tokens.length + 1);
        reversed.addWithClosure(states, 0);
        for (int consumed = 0; ; consumed++) {
            starts[n - consumed] = states.get(tokens.length);
            if (consumed == n) {
                return starts;
            }
            states = reversed.step(states, text[n - 1 - consumed], budget);
            reversed.addWithClosure(states, 0); // unanchored: a match may begin anywhere
        }
    }

    private BitSet step(BitSet states, int cp, WorkBudget budget) throws ShellException {
        budget.spend(states.cardinality() + 1L);
        BitSet next = new BitSet(tokens.length + 1);
        for (int state = states.nextSetBit(0); state >= 0 && state < tokens.length;
                state = states.nextSetBit(state + 1)) {
            int token = tokens[state];
            if (token == STAR) {
                if (cp != '\n') {
                    addWithClosure(next, state);
                }
            } else if (token == ANY ? cp != '\n' : token == cp) {
                addWithClosure(next, state + 1);
            }
        }
        return next;
    }

    /** Adds a state and the states after the stars it may skip (a star can match nothing). */
    private void addWithClosure(BitSet states, int state) {
        while (!states.get(state)) {
            states.set(state);
            if (state == tokens.length || tokens[state] != STAR) {
                return;
            }
            state++;
        }
    }
}
