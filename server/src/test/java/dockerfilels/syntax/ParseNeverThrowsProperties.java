package dockerfilels.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Dockerfile#parse} is total: any text made of Dockerfile-ish fragments gives a consistent model. */
class ParseNeverThrowsProperties {
    private static final List<String> FRAGMENTS = List.of(
            "FROM ", "RUN ", "CMD ", "COPY ", "ADD ", "ENV ", "LABEL ", "ARG ", "ONBUILD ", "HEALTHCHECK ", "SHELL ",
            "EXPOSE ", "VOLUME ", "USER ", "WORKDIR ", "STOPSIGNAL ", "MAINTAINER ", "ENTRYPOINT ", "FOO ", "NONE ",
            "\\", "`", "<<EOF", "<<-EOF", "<<'EOF'", "EOF", "\tEOF", "3<<X", "X", "\"", "'", "[", "]", "\"a\"", ",", "{", "1",
            "#", "# escape=`", "# escape=\\", "# syntax=x", "#!", "\r\n", "\n", "\r", " ", "\t", "\u00a0", "\uFEFF",
            "\uD83D\uDE00", "\uD800", "\u0000", "--flag=", "--link", "--from=a", "--", "=", "a", "b=c", "$X", "AS");

    @Provide
    Arbitrary<String> dockerfiles() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void parseAlwaysGivesAModel(@ForAll("dockerfiles") String text) {
        Dockerfile model = Dockerfile.parse(text);
        assertNotNull(model);
        assertTrue(model.lineCount() >= 1);
        int lastLine = -1;
        for (Instruction instruction : model.instructions()) {
            assertTrue(instruction.startLine() > lastLine, "instructions in order, on their own lines");
            assertTrue(!instruction.range().end().isBefore(instruction.range().start()));
            assertTrue(instruction.endLine() < model.lineCount());
            lastLine = instruction.endLine();
            assertEquals(instruction.range(), model.instructionAt(instruction.startLine()).range());
            assertEquals(instruction.range(), model.instructionAt(instruction.endLine()).range());
        }
        for (Diagnostic diagnostic : model.diagnostics()) {
            assertTrue(diagnostic.range().end().line() < model.lineCount(), diagnostic::toString);
        }
        if (model.instructions().isEmpty()) {
            assertTrue(model.buildKitError().isPresent(), "no instructions is a parse error");
        } else {
            assertTrue(model.buildKitError().filter(Dockerfile.NO_INSTRUCTIONS::equals).isEmpty());
        }
        if (model.buildKitError().isEmpty()) {
            assertNotNull(BuildKitDump.dump(model));
        }
    }
}
