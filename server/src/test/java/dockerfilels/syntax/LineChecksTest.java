package dockerfilels.syntax;

import static dockerfilels.testing.SyntaxAssertions.assertBuildKitError;
import static dockerfilels.testing.SyntaxAssertions.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks on physical lines: a lone carriage return, and BuildKit's 64 KiB line limit. */
class LineChecksTest {

    private static List<String> codes(String source) {
        return Dockerfile.parse(source).diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aLoneCarriageReturnIsFlaggedOncePerInstruction() {
        Diagnostic d = Dockerfile.parse("FROM alpine\rRUN a\rRUN b\n").diagnostics().get(0);
        assertEquals(new Diagnostic(TextRange.of(0, 11, 0, 11), Severity.WARNING, "LoneCarriageReturn", Splitter.LONE_CR), d);
        assertEquals(List.of("LoneCarriageReturn", "MissingArguments"), codes("FROM alpine\rRUN a\rRUN b\n"));
    }

    @Test
    void crlfAndLfLineEndsAreNotFlagged() {
        assertClean("FROM alpine\r\nRUN a\r\n");
        assertClean("FROM alpine\nRUN a\n");
    }

    @Test
    void aHeredocBodyLineOf64KiBIsRejectedLikeAnyOther() {
        String body = "x".repeat(65_536);
        assertBuildKitError("FROM a\nRUN <<EOF\n" + body + "\nEOF\n", Splitter.LINE_TOO_LONG);
        assertEquals(List.of("LineTooLong"), codes("FROM a\nRUN <<EOF\n" + body + "\nEOF\n"));
    }

    @Test
    void aLineJustBelowTheLimitIsAccepted() {
        assertClean("FROM a\nRUN <<EOF\n" + "x".repeat(65_534) + "\nEOF\n");
    }
}
