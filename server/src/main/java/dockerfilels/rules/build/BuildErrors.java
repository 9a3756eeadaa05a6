package dockerfilels.rules.build;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Severity;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What the rules for BuildKit's build errors share: their info (correctness, error severity), the
 * sub-range of a flag's value, BuildKit's "did you mean" hint, and what counts as a value BuildKit
 * only knows after expansion.
 */
final class BuildErrors {
    static final String REFERENCE = "https://docs.docker.com/reference/dockerfile/";

    private BuildErrors() {
    }

    static RuleInfo info(String id, String anchor, String description, String explanation, String bad, String good) {
        return new RuleInfo(id, Severity.ERROR, Category.CORRECTNESS, description, explanation, bad, good,
                REFERENCE + "#" + anchor, List.of(), false);
    }

    /**
     * The range of {@code value.substring(start, end)} in the source when the flag's value is written
     * as is on one line (no quotes, escapes or continuations); otherwise the range of the whole value.
     */
    static TextRange valueSubRange(Flag flag, int start, int end) {
        TextRange whole = flag.valueRange() != null ? flag.valueRange() : flag.range();
        if (!writtenAsIs(flag)) {
            return whole;
        }
        int line = whole.start().line();
        int col = whole.start().character();
        return TextRange.of(line, col + start, line, col + end);
    }

    /** Whether the flag's value appears in the source exactly as BuildKit reads it, on one line. */
    static boolean writtenAsIs(Flag flag) {
        TextRange range = flag.valueRange();
        String value = flag.value();
        if (range == null || value == null || range.start().line() != range.end().line()) {
            return false;
        }
        return range.end().character() - range.start().character() == value.length()
                && flag.word().text().endsWith(value)
                && flag.word().range().start().line() == range.start().line();
    }

    /** The range of a flag's value, or of the flag when it has none. */
    static TextRange valueRange(Flag flag) {
        return flag.valueRange() != null && !flag.valueRange().isEmpty() ? flag.valueRange() : flag.range();
    }

    /**
     * Whether BuildKit would expand {@code value} before checking it, so that its real value is only
     * known at build time: a variable, or quotes and escapes the shell lexer would still process.
     */
    static boolean dependsOnExpansion(String value, char escape) {
        return value.indexOf('$') >= 0 || value.indexOf('\'') >= 0 || value.indexOf('"') >= 0
                || value.indexOf(escape) >= 0;
    }

    /**
     * {@link #dependsOnExpansion(String, char)} for rules that see one instruction and not the file's
     * escape directive: either escape character counts.
     */
    static boolean dependsOnExpansion(String value) {
        return dependsOnExpansion(value, '\\') || value.indexOf('`') >= 0;
    }

    /** BuildKit's " (did you mean x?)": the closest candidate below distance 3, compared case-insensitively. */
    static String suggestion(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        if (best == null) {
            return "";
        }
        return " (did you mean " + matchCase(word, best) + "?)";
    }

    /** The closest candidate (case-insensitive) at a distance below 3, or null. */
    static String closest(String word, Collection<String> candidates) {
        if (word.isEmpty()) {
            return null;
        }
        String best = null;
        int bestDistance = 3;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = GoText.distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** suggest.WrapError with matchCase: an all-upper-case word gets an upper-case suggestion. */
    static String matchCase(String word, String candidate) {
        boolean upper = !word.equals(word.toLowerCase(Locale.ROOT)) && word.equals(word.toUpperCase(Locale.ROOT));
        return upper ? candidate.toUpperCase(Locale.ROOT) : candidate;
    }

    /** Whether the file's {@code # syntax=} directive names a labs frontend. */
    static boolean labs(dockerfilels.syntax.Dockerfile model) {
        for (var directive : model.directives()) {
            if (directive.key().equals("syntax") && directive.value().contains("labs")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the instruction is in a position where BuildKit builds it (not an ONBUILD trigger). */
    static boolean isTopLevel(Instruction instruction) {
        return instruction.kind() != null;
    }
}
