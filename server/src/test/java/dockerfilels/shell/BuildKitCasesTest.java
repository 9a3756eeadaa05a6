package dockerfilels.shell;

import static dockerfilels.testing.CorpusCases.input;
import static dockerfilels.testing.CorpusCases.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dockerfilels.testing.CorpusCases;
import dockerfilels.testing.CorpusCases.CaseBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The lexer and heredoc groups of {@code buildkit-parser-cases.json}, BuildKit's Go table tests. */
class BuildKitCasesTest {
    private static final ShellLexer LEXER = new ShellLexer('\\');

    private static List<JsonObject> cases(String test) {
        List<JsonObject> cases = CorpusCases.cases(test);
        assertFalse(cases.isEmpty(), test);
        return cases;
    }

    private static Stream<DynamicTest> each(String test, Function<JsonObject, String> name, CaseBody body) {
        return CorpusCases.each(cases(test), name, body);
    }

    private static Env envOf(JsonElement env) {
        if (env.isJsonArray()) {
            return Env.fromList(strings(env.getAsJsonArray()));
        }
        Map<String, String> map = new HashMap<>();
        env.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), e.getValue().getAsString()));
        return Env.of(map);
    }

    @TestFactory
    Stream<DynamicTest> mandatoryEnvVars() {
        return each("TestShellParserMandatoryEnvVars", CorpusCases::input, c -> {
            Env env = envOf(c.get("env"));
            if (c.has("expectedErrorContains")) {
                ShellException e = assertThrows(ShellException.class, () -> LEXER.processWord(input(c), env));
                String expected = c.get("expectedErrorContains").getAsString();
                assertTrue(e.getMessage().contains(expected), e.getMessage());
            } else {
                assertEquals(c.get("expected").getAsString(), LEXER.processWord(input(c), env));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> getEnv() {
        return each("TestGetEnv", c -> c.get("env") + " " + c.get("lookup").getAsString(), c -> {
            String value = envOf(c.get("env")).get(c.get("lookup").getAsString());
            // BuildKit's getEnv gives "" for an unknown key; our Env says null (unset) instead.
            assertEquals(c.get("expected").getAsString(), value == null ? "" : value);
        });
    }

    @TestFactory
    Stream<DynamicTest> processWithMatches() {
        return Stream.concat(processWithMatchesGroup("TestProcessWithMatches"),
                processWithMatchesGroup("TestProcessWithMatchesPlatform"));
    }

    private Stream<DynamicTest> processWithMatchesGroup(String group) {
        return each(group, CorpusCases::input, c -> {
            Env env = envOf(c.get("env"));
            String expected = c.get("expected").getAsString();
            if (expected.equals("error")) {
                assertThrows(ShellException.class, () -> LEXER.processWordWithMatches(input(c), env));
                return;
            }
            Expansion expansion = LEXER.processWordWithMatches(input(c), env);
            assertEquals(expected, expansion.result());
            if (c.has("matched")) {
                assertEquals(Set.copyOf(strings(c.getAsJsonArray("matched"))), expansion.matched(), "matched");
                assertEquals(Set.copyOf(strings(c.getAsJsonArray("unmatched"))), expansion.unmatched(), "unmatched");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> parseHeredocHelpers() {
        return each("TestParseHeredocHelpers", CorpusCases::input, c -> {
            JsonElement expected = c.get("expected");
            if (expected.isJsonNull()) {
                assertEquals(Optional.empty(), Heredocs.parse(input(c)));
            } else if (expected.isJsonPrimitive()) {
                assertEquals("error", expected.getAsString());
                assertThrows(ShellException.class, () -> Heredocs.parse(input(c)));
            } else {
                Optional<HeredocMarker> marker = Heredocs.parse(input(c));
                assertTrue(marker.isPresent());
                assertEquals(expected.getAsJsonObject().get("name").getAsString(), marker.get().name());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> heredocsFromLine() {
        return each("TestHeredocsFromLine", CorpusCases::input, c -> {
            List<String> names = new ArrayList<>();
            Heredocs.fromLine(input(c)).forEach(m -> names.add(m.name()));
            // The case the Go test passes vacuously records what BuildKit really returns.
            JsonElement expected = c.has("buildkitActual") ? c.get("buildkitActual") : c.get("expected");
            assertEquals(expected.isJsonNull() ? List.of() : strings(expected.getAsJsonArray()), names);
        });
    }

    @TestFactory
    Stream<DynamicTest> heredocChomp() {
        return each("TestHeredocChomp", CorpusCases::input,
                c -> assertEquals(c.get("expected").getAsString(), Heredocs.chomp(input(c))));
    }

    /** We do not build a regexp, so only which patterns are rejected is comparable. */
    @TestFactory
    Stream<DynamicTest> shellPatternEscapes() {
        return each("TestConvertShellPatternToRegex", CorpusCases::input, c -> {
            if (c.get("expected").getAsString().equals("error")) {
                assertThrows(ShellException.class, () -> GlobPattern.parse(input(c)));
            } else {
                GlobPattern.parse(input(c));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> dataFileGroupsAreRunByShellCorpusTest() {
        Set<String> files = new HashSet<>();
        cases("TestShellParser4EnvVars / TestShellParser4Words").forEach(c -> files.add(c.get("inputFile").getAsString()));
        return Stream.of(dynamicTest("envVarTest and wordsTest",
                () -> assertEquals(Set.of("buildkit-shell/envVarTest", "buildkit-shell/wordsTest"), files)));
    }
}
