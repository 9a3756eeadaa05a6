package dockerfilels.features.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.features.Fixes;
import dockerfilels.settings.FormattingSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.testing.Cursor;
import org.junit.jupiter.api.Test;

/** On-type formatting after a newline: {@code |} is where the cursor is once the newline is typed. */
class OnTypeFormatterTest {

    private static void assertOnType(String marked, String expected) {
        assertOnType(marked, FormatOptions.DEFAULT, expected);
    }

    private static void assertOnType(String marked, FormatOptions options, String expected) {
        Cursor cursor = Cursor.of(marked);
        var edits = OnTypeFormatter.onType(cursor.text(), Dockerfile.parse(cursor.text()), cursor.position(), "\n", options);
        FormatCase.assertOrderedAndDisjoint(edits);
        assertEquals(expected, Fixes.apply(cursor.text(), edits));
    }

    @Test
    void indentsTheLineAfterAnInstructionsFirstLineByOneUnit() {
        assertOnType("RUN apt-get update && \\\n|", "RUN apt-get update && \\\n    ");
        assertOnType("RUN a \\\n  |", "RUN a \\\n    ");
        assertOnType("RUN a \\\n|\nFROM b\n", "RUN a \\\n    \nFROM b\n");
        assertOnType("RUN a \\\n|", new FormatOptions(4, false, FormattingSettings.DEFAULT), "RUN a \\\n\t");
    }

    @Test
    void keepsTheDepthOfTheCodeLineAbove() {
        assertOnType("RUN a \\\n        curl \\\n|", "RUN a \\\n        curl \\\n        ");
        assertOnType("RUN a \\\n      b \\\n  # note\n|", "RUN a \\\n      b \\\n  # note\n      ");
    }

    @Test
    void formatsTheLineJustLeftWithoutReindentingIt() {
        assertOnType("from alpine  \n|", "FROM alpine\n");
        assertOnType("RUN a \\\n        b   \\  \n|", "RUN a \\\n        b   \\\n        ");
    }

    @Test
    void bringsANewBlankLineAfterAFinishedInstructionBackToColumnZero() {
        assertOnType("RUN a \\\n    b\n    |", "RUN a \\\n    b\n");
        // A line with text on it (Enter typed before a word) is the user's.
        assertOnType("FROM a\n  |  x\n", "FROM a\n    x\n");
    }

    @Test
    void usesTheBacktickEscape() {
        assertOnType("# escape=`\nRUN a `\n|", "# escape=`\nRUN a `\n    ");
        assertOnType("RUN a `\n  |", "RUN a `\n");
    }

    @Test
    void leavesHeredocsAndIgnoredMultilineInstructionsAlone() {
        assertOnType("RUN <<EOF\n  |", "RUN <<EOF\n  ");
        assertOnType("RUN <<EOF\n  echo a  \n  |\nEOF\n", "RUN <<EOF\n  echo a  \n  \nEOF\n");
        assertOnType("RUN a \\\n |", new FormatOptions(4, true, new FormattingSettings(null, true)), "RUN a \\\n ");
    }

    @Test
    void neverThrowsOnBrokenText() {
        assertOnType("|", "");
        assertOnType("\n|", "\n");
        assertOnType("run --mou\n|", "RUN --mou\n");
        assertOnType("RUN <<EOF\n|", "RUN <<EOF\n");
        Cursor cursor = Cursor.of("FROM a|");
        assertEquals(java.util.List.of(), OnTypeFormatter.onType(cursor.text(), Dockerfile.parse(cursor.text()),
                cursor.position(), "}", FormatOptions.DEFAULT));
        assertEquals(java.util.List.of(), OnTypeFormatter.onType("", Dockerfile.parse(""),
                new dockerfilels.syntax.TextPosition(7, 3), "\n", FormatOptions.DEFAULT));
    }
}
