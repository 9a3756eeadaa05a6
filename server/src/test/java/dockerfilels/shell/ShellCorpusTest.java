package dockerfilels.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.testing.Corpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own lexer data files, {@code envVarTest} and {@code wordsTest}, run with the harness
 * described in {@code buildkit-shell/FORMAT.md}.
 */
class ShellCorpusTest {
    private static final ShellLexer LEXER = new ShellLexer('\\');
    private static final Env ENV_VAR_TEST_ENV =
            Env.of(Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", ""));

    @TestFactory
    Stream<DynamicTest> envVarTest() {
        List<DynamicTest> tests = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Corpus.read("buildkit-shell/envVarTest").split("\n", -1)) {
            lineNumber++;
            if (line.startsWith("#") || line.trim().isEmpty()) {
                continue;
            }
            String[] fields = line.trim().split("\\|", -1);
            assertEquals(3, fields.length, "line " + lineNumber + ": " + line);
            String platform = fields[0].trim();
            String source = fields[1].trim();
            String expected = fields[2].trim();
            if (platform.equals("W")) {
                continue; // Windows-only: case-insensitive variable names
            }
            tests.add(dynamicTest(lineNumber + ": " + source + " -> " + expected, () -> {
                if (expected.equals("error")) {
                    assertThrows(ShellException.class, () -> LEXER.processWord(source, ENV_VAR_TEST_ENV));
                } else {
                    assertEquals(expected, LEXER.processWord(source, ENV_VAR_TEST_ENV));
                }
            }));
        }
        assertEquals(228, tests.size(), "the A and U cases of envVarTest");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> wordsTest() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> envEntries = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Corpus.read("buildkit-shell/wordsTest").split("\n", -1)) {
            lineNumber++;
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("ENV ")) {
                envEntries.add(line.substring(3).replaceFirst("^ +", ""));
                continue;
            }
            int bar = line.indexOf('|');
            assertTrue(bar >= 0 && line.indexOf('|', bar + 1) < 0, "line " + lineNumber + ": " + line);
            String source = line.substring(0, bar).trim();
            List<String> expected = Arrays.asList(line.substring(bar + 1).replaceFirst("^ +", "").split(",", -1));
            Env env = Env.fromList(List.copyOf(envEntries));
            tests.add(dynamicTest(lineNumber + ": " + source + " -> " + expected, () -> {
                List<String> actual;
                try {
                    actual = LEXER.processWords(source, env);
                } catch (ShellException e) {
                    actual = List.of("error");
                }
                assertEquals(expected, actual);
            }));
        }
        assertEquals(24, tests.size(), "the cases of wordsTest");
        return tests.stream();
    }
}
