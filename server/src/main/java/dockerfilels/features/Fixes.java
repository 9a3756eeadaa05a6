package dockerfilels.features;

import dockerfilels.rules.Fix;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** "Fix all": the safe fixes of a lint that do not overlap, and applying edits to a text. */
public final class Fixes {
    private Fixes() {
    }

    /**
     * Every safe fix's edits, in document order, leaving out a fix when one of its edits overlaps
     * an edit already taken (or inserts at the same place), so that the result is well defined.
     */
    public static List<TextEdit> safeEdits(LintResult lint) {
        List<TextEdit> edits = new ArrayList<>();
        safeFixes(lint).forEach(fix -> edits.addAll(fix.edits()));
        edits.sort(Comparator.comparing((TextEdit e) -> e.range().start()).thenComparing(e -> e.range().end()));
        return List.copyOf(edits);
    }

    /** The fixes behind {@link #safeEdits}, in document order. */
    public static List<Fix> safeFixes(LintResult lint) {
        List<Fix> fixes = new ArrayList<>();
        for (LintResult.Reported reported : lint.findings()) {
            Fix fix = reported.finding().fix();
            if (fix != null && fix.safe() && !fix.edits().isEmpty()) {
                fixes.add(fix);
            }
        }
        fixes.sort(Comparator.comparing((Fix f) -> first(f).start()));
        // The ranges taken so far, by start. They do not overlap one another, so an edit can only
        // clash with the one starting at or before it and the first one starting after it: a
        // lookup, not a scan (a file with 100,000 fixes must not cost 10^10 comparisons).
        TreeMap<TextPosition, TextRange> taken = new TreeMap<>();
        List<Fix> chosen = new ArrayList<>();
        for (Fix fix : fixes) {
            boolean clashes = fix.edits().stream().anyMatch(edit -> clashes(taken, edit.range()));
            if (!clashes) {
                fix.edits().forEach(edit -> taken.merge(edit.range().start(), edit.range(),
                        (a, b) -> a.end().isBefore(b.end()) ? b : a));
                chosen.add(fix);
            }
        }
        return List.copyOf(chosen);
    }

    private static boolean clashes(TreeMap<TextPosition, TextRange> taken, TextRange range) {
        Map.Entry<TextPosition, TextRange> before = taken.floorEntry(range.start());
        Map.Entry<TextPosition, TextRange> after = taken.ceilingEntry(range.start());
        return (before != null && overlap(before.getValue(), range)) || (after != null && overlap(after.getValue(), range));
    }

    private static TextRange first(Fix fix) {
        return fix.edits().stream().map(TextEdit::range).min(Comparator.comparing(TextRange::start)).orElseThrow();
    }

    /** Whether two edits touch the same text: their ranges intersect, or they start at the same place. */
    static boolean overlap(TextRange a, TextRange b) {
        if (a.start().equals(b.start())) {
            return true;
        }
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    /** {@code text} with non-overlapping {@code edits} applied (positions are LSP positions in {@code text}). */
    public static String apply(String text, List<TextEdit> edits) {
        LineIndex lines = LineIndex.of(text);
        List<TextEdit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparing((TextEdit e) -> e.range().start()).reversed());
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : backwards) {
            int from = lines.offset(edit.range().start(), text);
            int to = lines.offset(edit.range().end(), text);
            result.replace(from, Math.max(from, to), edit.newText());
        }
        return result.toString();
    }
}
