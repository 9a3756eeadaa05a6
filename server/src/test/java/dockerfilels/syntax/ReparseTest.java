package dockerfilels.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An edit re-reads the units it touches and reuses the others as they are. */
class ReparseTest {
    private static final String TEXT = "FROM alpine\nRUN a \\\n  b\n# note\nCOPY <<EOF /x\nhello\nEOF\nCMD c\n";

    @Test
    void typingInsideOneInstructionReusesEveryOtherUnit() {
        ParsedText original = ParsedText.of(TEXT);
        List<Unit> before = original.model().units();
        int at = TEXT.indexOf("b\n");
        List<Unit> after = original.edit(at, at, "x").model().units();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (i == 1) {
                assertNotSame(before.get(i), after.get(i), "the edited RUN is read again");
            } else {
                assertSame(before.get(i), after.get(i), "unit " + i + " is reused");
            }
        }
    }

    @Test
    void aContinuationRunsOnIntoTheNextUnitsUntilTheyAlignAgain() {
        ParsedText original = ParsedText.of(TEXT);
        int at = TEXT.indexOf("# note") - 1;
        ParsedText edited = original.edit(at, at, " \\");
        // The RUN now takes the comment and the COPY line, and with it the heredoc body.
        assertEquals(3, edited.model().instructions().size());
        assertEquals("RUN a   b COPY <<EOF /x", edited.model().instructions().get(1).text());
        assertEquals("EOF", edited.model().instructions().get(1).heredocs().get(0).name());
        assertSame(original.model().units().get(0), edited.model().units().get(0), "FROM is reused");
    }

    @Test
    void changingTheEscapeDirectiveReadsTheWholeFileAgain() {
        String text = "# escape=\\\nFROM a\nRUN x `\n  y\n";
        ParsedText edited = ParsedText.of(text).edit(9, 10, "`");
        assertEquals("RUN x   y", edited.model().instructions().get(1).text());
    }

    @Test
    void insertingALineMovesTheUnitsBelowWithoutReadingThemAgain() {
        ParsedText original = ParsedText.of(TEXT);
        ParsedText edited = original.edit(0, 0, "# top\n");
        assertSame(original.model().units().get(2), edited.model().units().get(3));
        assertEquals(TextRange.of(2, 0, 3, 3), edited.model().instructions().get(1).range());
    }
}
