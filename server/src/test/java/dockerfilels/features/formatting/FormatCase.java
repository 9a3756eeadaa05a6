package dockerfilels.features.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.features.Fixes;
import dockerfilels.rules.TextEdit;
import dockerfilels.settings.FormattingSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextRange;
import java.util.List;

/**
 * One formatting test: a text, the options, optionally a range, and the text expected after
 * the edits are applied. {@link #gives} also asserts that formatting the result again
 * (with the same range) changes nothing and that the edits are sorted and disjoint.
 */
record FormatCase(String text, FormatOptions options, TextRange range) {

    static FormatCase format(String text) {
        return new FormatCase(text, FormatOptions.DEFAULT, null);
    }

    FormatCase tabs() {
        return new FormatCase(text, new FormatOptions(4, false, options.settings()), range);
    }

    FormatCase tabSize(int size) {
        return new FormatCase(text, new FormatOptions(size, options.insertSpaces(), options.settings()), range);
    }

    FormatCase continuationIndent(int spaces) {
        return with(new FormattingSettings(spaces, options.settings().ignoreMultilineInstructions()));
    }

    FormatCase ignoreMultilineInstructions() {
        return with(new FormattingSettings(options.settings().continuationIndent(), true));
    }

    FormatCase lines(int first, int last) {
        return new FormatCase(text, options, TextRange.of(first, 0, last, 1));
    }

    private FormatCase with(FormattingSettings settings) {
        return new FormatCase(text, new FormatOptions(options.tabSize(), options.insertSpaces(), settings), range);
    }

    List<TextEdit> edits() {
        Dockerfile model = Dockerfile.parse(text);
        return range == null ? Formatter.document(text, model, options) : Formatter.range(text, model, range, options);
    }

    /** Asserts the formatted text, that the edits are ordered and disjoint, and that formatting is idempotent. */
    void gives(String expected) {
        List<TextEdit> edits = edits();
        assertOrderedAndDisjoint(edits);
        String formatted = Fixes.apply(text, edits);
        assertEquals(expected, formatted);
        assertEquals(List.of(), new FormatCase(formatted, options, range).edits(), "formatting the result again changes it");
    }

    static void assertOrderedAndDisjoint(List<TextEdit> edits) {
        for (int i = 1; i < edits.size(); i++) {
            TextRange before = edits.get(i - 1).range();
            TextRange after = edits.get(i).range();
            if (after.start().isBefore(before.end()) || after.start().equals(before.start())) {
                throw new AssertionError("edits overlap or are out of order: " + edits);
            }
        }
    }
}
