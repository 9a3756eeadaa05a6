package dockerfilels.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.testing.SyntaxAssertions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs an editor may hold at any moment. Each gives a model with the diagnostics BuildKit's
 * behaviour calls for. The timeouts only guard against hangs; they are not performance limits.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static List<String> codes(Dockerfile model) {
        return model.diagnostics().stream().map(Diagnostic::code).distinct().toList();
    }

    /** Everything of the model can be asked for, and BuildKit's dump agrees with its error. */
    private static Dockerfile parseFully(String text) {
        Dockerfile model = Dockerfile.parse(text);
        assertNotNull(model.instructions());
        assertNotNull(model.diagnostics());
        assertNotNull(model.comments());
        assertNotNull(model.directives());
        if (model.buildKitError().isEmpty()) {
            assertNotNull(BuildKitDump.dump(model));
        }
        for (int line = 0; line < Math.min(model.lineCount(), 200); line++) {
            model.instructionAt(line);
        }
        return model;
    }

    @Test
    void binaryGarbage() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        for (String text : List.of(new String(bytes, StandardCharsets.ISO_8859_1), new String(bytes, StandardCharsets.UTF_8))) {
            Dockerfile model = parseFully(text);
            assertFalse(model.instructions().isEmpty());
            assertTrue(model.diagnostics().stream().allMatch(d -> d.severity() == Severity.ERROR
                    || d.code().equals("LoneCarriageReturn")), () -> codes(model).toString());
            assertTrue(codes(model).contains("UnknownInstruction"), () -> codes(model).toString());
        }
    }

    @Test
    void nulBytes() {
        Dockerfile model = parseFully("FROM a\u0000b\nRUN \u0000\u0000\n\u0000\n");
        assertEquals(3, model.instructions().size());
        assertEquals("a\u0000b", model.instructions().get(0).arguments().get(0).text());
        assertEquals("\u0000\u0000", model.instructions().get(1).arguments().get(0).text());
        assertEquals(List.of(SyntaxAssertions.d(2, 0, 2, 1, "UnknownInstruction", "unknown instruction: \u0000")), model.diagnostics());
        assertEquals("(from \"a\\x00b\")\n(run \"\\x00\\x00\")\n(\u0000 \"\")\n", BuildKitDump.dump(model));
    }

    @Test
    void twoMegabyteLine() {
        Dockerfile model = parseFully("FROM a\nRUN " + "x".repeat(2_000_000) + "\nCMD y\n");
        assertEquals(3, model.instructions().size());
        assertEquals(List.of(SyntaxAssertions.d(1, 0, 1, 0, "LineTooLong", Splitter.LINE_TOO_LONG)), model.diagnostics());
        assertEquals(Optional.of(Splitter.LINE_TOO_LONG), model.buildKitError());
        assertEquals(2_000_000, model.instructions().get(1).arguments().get(0).text().length());
    }

    @Test
    void lineLengthIsCountedInUtf8Bytes() {
        // 21,845 three-byte characters = 65,535 bytes: too long; one fewer is fine.
        assertEquals(Optional.of(Splitter.LINE_TOO_LONG), Dockerfile.parse("RUN " + "\u20ac".repeat(21_845) + "\n").buildKitError());
        assertEquals(Optional.empty(), Dockerfile.parse("RUN " + "\u20ac".repeat(21_843) + "\n").buildKitError());
    }

    @Test
    void hundredThousandContinuationLines() {
        Dockerfile model = parseFully("FROM a\nRUN a \\\n" + "b \\\n".repeat(100_000) + "c\n");
        assertEquals(2, model.instructions().size());
        Instruction run = model.instructions().get(1);
        assertEquals(SyntaxAssertions.r(1, 0, 100_002, 1), run.range());
        assertEquals(SyntaxAssertions.r(1, 4, 100_002, 1), run.arguments().get(0).range());
        assertTrue(run.text().endsWith("b c"));
        assertEquals(List.of(), model.diagnostics());
    }

    @Test
    void hundredThousandContinuationLinesOfWords() {
        Dockerfile model = parseFully("FROM a\nCOPY a \\\n" + "b \\\n".repeat(100_000) + "c\n");
        Instruction copy = model.instructions().get(1);
        assertEquals(100_002, copy.arguments().size());
        assertEquals(SyntaxAssertions.r(100_002, 0, 100_002, 1), copy.arguments().get(100_001).range());
        Dockerfile env = parseFully("ENV a=b \\\n" + "b=c \\\n".repeat(100_000) + "c=d\n");
        assertEquals(100_002, env.instructions().get(0).pairs().size());
    }

    @Test
    void hundredThousandEmptyContinuationLines() {
        Dockerfile model = parseFully("FROM a\nRUN a \\\n" + "\n".repeat(100_000) + "c\n");
        assertEquals(100_000, model.instructions().get(1).emptyContinuationLines().size());
        assertEquals("RUN a c", model.instructions().get(1).text());
    }

    @Test
    void unterminatedHeredocWithFiftyThousandLines() {
        Dockerfile model = parseFully("FROM a\nRUN <<EOF\n" + "line\n".repeat(50_000));
        assertEquals(List.of(SyntaxAssertions.d(1, 4, 1, 9, "UnterminatedHeredoc", "unterminated heredoc")), model.diagnostics());
        Heredoc h = model.instructions().get(1).heredocs().get(0);
        assertNull(h.terminator());
        assertEquals(50_000 * 5, h.content().length());
        assertEquals(SyntaxAssertions.r(2, 0, 50_002, 0), h.body());
    }

    @Test
    void manyHeredocsOnOneLine() {
        Dockerfile model = parseFully("RUN " + "<<EOF ".repeat(5_000) + "\n" + "EOF\n".repeat(5_000) + "CMD x\n");
        assertEquals(2, model.instructions().size());
        assertEquals(5_000, model.instructions().get(0).heredocs().size());
    }

    @Test
    void hundredThousandBrackets() {
        Dockerfile model = parseFully("FROM a\nCMD " + "[".repeat(100_000) + "\n");
        Instruction cmd = model.instructions().get(1);
        assertFalse(cmd.isJson());
        assertEquals(100_000, cmd.arguments().get(0).text().length());
        assertEquals(List.of("LineTooLong"), codes(model));
        // Within the line limit, deep nesting is not JSON of strings either way: never a crash.
        Dockerfile nested = parseFully("CMD " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertFalse(nested.instructions().get(0).isJson(), "deeper than Go's 10,000 levels: not JSON");
        assertEquals(List.of(), nested.diagnostics());
        Dockerfile shallow = parseFully("CMD " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");
        assertEquals(Optional.of(JsonForm.NOT_STRINGS), shallow.buildKitError());
    }

    @Test
    void loneSurrogates() {
        Dockerfile model = parseFully("FROM a\uD800\nRUN \uDC00 \uD800\nENV a=\uD800 \uDC00=b\nCMD [\"\\ud800\"]\n");
        assertEquals(4, model.instructions().size());
        assertEquals("\uDC00 \uD800", model.instructions().get(1).arguments().get(0).text());
        assertEquals("\uD800", model.instructions().get(2).pairs().get(0).value().text());
        assertEquals("\uFFFD", model.instructions().get(3).arguments().get(0).text());
        assertEquals(List.of(), model.diagnostics());
    }

    @Test
    void carriageReturnOnlyLineEnds() {
        Dockerfile model = parseFully("FROM a\rRUN b \\\rc\rCMD d\r");
        // BuildKit's lines end at "\n" only: this is one FROM with seven arguments.
        assertEquals(1, model.instructions().size());
        assertEquals(List.of("a", "RUN", "b", "\\", "c", "CMD", "d"), SyntaxAssertions.texts(model.instructions().get(0).arguments()));
        assertEquals(List.of(
                new Diagnostic(TextRange.of(0, 6, 0, 6), Severity.WARNING, "LoneCarriageReturn",
                        "a carriage return (\\r) alone does not end a line for BuildKit: it reads this line and the next as one"
                                + " (use \\n or \\r\\n line ends)"),
                SyntaxAssertions.d(0, 5, 3, 5, "MissingArguments", "FROM requires either one or three arguments")),
                model.diagnostics());
        assertEquals(5, model.lineCount());
    }

    @Test
    void hundredThousandCrOnlyLines() {
        Dockerfile model = parseFully("FROM a\r" + "RUN b\r".repeat(100_000));
        assertEquals(1, model.instructions().size());
        assertEquals(List.of("LineTooLong", "LoneCarriageReturn", "MissingArguments"), codes(model));
        assertEquals(100_002, model.lineCount());
    }

    @Test
    void deeplyChainedOnbuild() {
        Dockerfile model = parseFully("FROM a\n" + "ONBUILD ".repeat(5_000) + "RUN x\n");
        Instruction onbuild = model.instructions().get(1);
        assertEquals(Keyword.ONBUILD, onbuild.trigger().kind());
        assertEquals(List.of(SyntaxAssertions.d(1, 8, 1, 15, "InvalidOnbuildTrigger", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")),
                model.diagnostics());
        Dockerfile continued = parseFully("FROM a\n" + "ONBUILD \\\n".repeat(100_000) + "RUN x\n");
        assertEquals(2, continued.instructions().size());
        assertEquals(1, continued.diagnostics().size());
    }

    @Test
    void shallowOnbuildChainsKeepBuildKitsNesting() {
        SyntaxAssertions.assertDump("ONBUILD ONBUILD ONBUILD RUN x\n", "(onbuild (onbuild (onbuild (run \"x\"))))\n");
    }

    @Test
    void manyQuotesAndEscapesInWords() {
        Dockerfile quotes = parseFully("ENV a=" + "\"".repeat(60_001) + "\n");
        assertEquals(1, quotes.instructions().get(0).pairs().size());
        Dockerfile escapes = parseFully("ENV a=" + "\\".repeat(60_001) + "\n");
        assertEquals(1, escapes.instructions().get(0).pairs().size());
        Dockerfile flags = parseFully("RUN " + "--x ".repeat(10_000) + "y\n");
        assertEquals(10_000, flags.instructions().get(0).flags().size());
    }

    @Test
    void manyInstructions() {
        Dockerfile model = parseFully("FROM a\n" + "RUN b\n".repeat(100_000));
        assertEquals(100_001, model.instructions().size());
        assertEquals("RUN b", model.instructionAt(100_000).text());
    }
}
