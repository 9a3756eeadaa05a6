package dockerfilels.rules.buildkit;

import dockerfilels.shell.Env;
import dockerfilels.shell.Expansion;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.shell.VariableReference;
import dockerfilels.shell.VariableReferences;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Set;

/** What the variable checks share: expanding a piece of a word, finding where a name is used, BuildKit's suggestions. */
final class VariableUse {
    private VariableUse() {
    }

    /**
     * A piece of text BuildKit expands as one word: {@code text} is found at {@code offset} in
     * {@code word}'s text as written when {@code exact}, so references can be ranged on it;
     * otherwise (decoded JSON strings, flag values with quotes removed) only the word's range is known.
     */
    record Piece(String text, Word word, int offset, boolean exact) {
        static Piece of(Word word) {
            return new Piece(word.text(), word, 0, true);
        }

        static Piece of(Word word, int offset) {
            return new Piece(word.text().substring(offset), word, offset, true);
        }

        /** The names this piece looks up that {@code env} does not set, or empty if BuildKit would fail on it. */
        Set<String> unmatched(ShellLexer lexer, Env env) {
            if (text.indexOf('$') < 0) {
                return Set.of(); // for speed: the lexer looks names up only after a '$'
            }
            try {
                Expansion expansion = lexer.processWordWithMatches(text, env);
                return expansion.unmatched();
            } catch (ShellException e) {
                return Set.of();
            }
        }

        /** The range of the first reference to {@code name} (the whole {@code $name} or {@code ${...}}), or the word's. */
        TextRange rangeOf(String name, char escape) {
            VariableReference ref = reference(name, escape);
            return ref == null ? word.range() : range(ref.start(), ref.end());
        }

        /** The range of the name inside its first reference, or null if it cannot be placed exactly. */
        TextRange nameRangeOf(String name, char escape) {
            VariableReference ref = reference(name, escape);
            return ref == null ? null : range(ref.nameStart(), ref.nameEnd());
        }

        private VariableReference reference(String name, char escape) {
            if (!exact || !onOneLine(word)) {
                return null;
            }
            for (VariableReference ref : VariableReferences.find(text, escape)) {
                if (ref.name().equals(name)) {
                    return ref;
                }
            }
            return null;
        }

        private TextRange range(int start, int end) {
            TextPosition s = word.range().start();
            return TextRange.of(s.line(), s.character() + offset + start, s.line(), s.character() + offset + end);
        }
    }

    /** Part of a flag's value ({@code from} chars into it); exact when the value is written as BuildKit reads it. */
    static Piece flagValue(Flag flag, int from, String text) {
        String raw = flag.word().text();
        int eq = raw.indexOf('=');
        boolean exact = eq >= 0 && raw.substring(eq + 1).equals(flag.value());
        return new Piece(text, flag.word(), eq + 1 + from, exact);
    }

    /** Whether the word's text as written is exactly what its range covers, on one line. */
    static boolean onOneLine(Word word) {
        TextRange r = word.range();
        return r.start().line() == r.end().line() && r.end().character() - r.start().character() == word.text().length();
    }

    /**
     * BuildKit's {@code suggest.Search}, case-sensitive: the first candidate with the smallest
     * Levenshtein distance below 3, or null.
     */
    static String suggest(String name, List<String> candidates) {
        if (name.isEmpty()) {
            return null;
        }
        String best = null;
        int bestDistance = 3;
        for (int i = 0; i < candidates.size(); i++) {
            String candidate = candidates.get(i);
            if (Math.abs(candidate.length() - name.length()) >= bestDistance) {
                continue; // the distance is at least the difference in length
            }
            int d = distanceBelow(name, candidate, bestDistance);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance of a and b if it is below {@code limit}, else {@code limit} (stops early). */
    static int distanceBelow(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }

    static List<String> merged(List<String> first, List<String> second) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
