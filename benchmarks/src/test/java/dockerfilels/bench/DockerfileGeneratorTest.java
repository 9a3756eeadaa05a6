package dockerfilels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerfileGeneratorTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 60, 500, 5000, 20000})
    void exactLineCountAndNoSyntaxDiagnostics(int lines) {
        String text = DockerfileGenerator.generate(lines);
        assertEquals(lines, text.split("\n", -1).length - 1);
        assertTrue(text.endsWith("\n"));
        Dockerfile model = Dockerfile.parse(text);
        assertEquals(java.util.List.of(), model.diagnostics(), "diagnostics of a generated file");
        assertEquals(text, DockerfileGenerator.generate(lines), "the same size gives the same text");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 20000})
    void theMiddleEditIsOnASingleLineRunInTheMiddle(int lines) {
        String text = DockerfileGenerator.generate(lines);
        int[] at = DockerfileGenerator.middleEditPosition(text);
        String line = text.split("\n", -1)[at[0]];
        assertTrue(line.startsWith("RUN "), line);
        assertEquals(line.length(), at[1]);
        assertTrue(at[0] >= lines / 2 && at[0] < lines / 2 + 60, "line " + at[0]);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 20000})
    void everyConstructTheBenchmarksPromiseIsThere(int lines) {
        String text = DockerfileGenerator.generate(lines);
        for (String part : new String[] {"# syntax=", "\nARG ", " AS build-", "RUN --mount=type=cache,",
                "RUN <<EOF\n", "COPY <<-CONF", "COPY --from=", "\nENV ", "\nLABEL ", " \\\n", "\n\n", "\n# "}) {
            assertTrue(text.contains(part), part);
        }
    }
}
