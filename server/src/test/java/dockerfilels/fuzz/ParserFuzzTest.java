package dockerfilels.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dockerfilels.syntax.BuildKitDump;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import java.nio.charset.StandardCharsets;

/**
 * The parser on arbitrary bytes, read as UTF-8 (what {@code check} does with a file) and as
 * UTF-16 (which reaches every char, lone surrogates included): a consistent model, never an
 * exception, and BuildKit's dump whenever BuildKit would parse it.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseArbitraryBytes(byte[] data) throws Exception {
        Bounded.run(() -> parse(data));
    }

    private static void parse(byte[] data) throws Exception {
        assertConsistent(Dockerfile.parse(new String(data, StandardCharsets.UTF_8)));
        assertConsistent(Dockerfile.parse(new String(data, StandardCharsets.UTF_16LE)));
    }

    static void assertConsistent(Dockerfile model) {
        assertNotNull(model);
        assertTrue(model.lineCount() >= 1);
        int lastLine = -1;
        for (Instruction instruction : model.instructions()) {
            assertTrue(instruction.startLine() > lastLine, "instructions in order, on their own lines");
            assertTrue(!instruction.range().end().isBefore(instruction.range().start()));
            assertTrue(instruction.endLine() < model.lineCount());
            lastLine = instruction.endLine();
            assertEquals(instruction.range(), model.instructionAt(instruction.startLine()).range());
        }
        for (Diagnostic diagnostic : model.diagnostics()) {
            assertTrue(diagnostic.range().end().line() < model.lineCount(), diagnostic::toString);
            assertTrue(!diagnostic.range().end().isBefore(diagnostic.range().start()), diagnostic::toString);
        }
        if (model.buildKitError().isEmpty()) {
            assertNotNull(BuildKitDump.dump(model));
        }
    }
}
