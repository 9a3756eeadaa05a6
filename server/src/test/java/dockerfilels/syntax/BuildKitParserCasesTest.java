package dockerfilels.syntax;

import static dockerfilels.testing.CorpusCases.input;
import static dockerfilels.testing.CorpusCases.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dockerfilels.testing.Corpus;
import dockerfilels.testing.CorpusCases;
import dockerfilels.testing.CorpusCases.CaseBody;
import dockerfilels.testing.SyntaxAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser groups of {@code buildkit-parser-cases.json} (BuildKit's Go table tests), each
 * case mapped onto our model through the instruction that exercises it in BuildKit.
 */
class BuildKitParserCasesTest {

    private static Stream<DynamicTest> each(String test, int expectedCount, Function<JsonObject, String> name, CaseBody body) {
        List<JsonObject> cases = CorpusCases.cases(test);
        assertEquals(expectedCount, cases.size(), "cases in " + test);
        return CorpusCases.each(cases, c -> SyntaxAssertions.show(name.apply(c)), body);
    }

    private static List<String> errors(Dockerfile model) {
        return model.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::message).toList();
    }

    @TestFactory
    Stream<DynamicTest> parseWordsThroughArg() {
        return each("TestParseWords", 8, c -> SyntaxAssertions.show(input(c)), c -> {
            Instruction arg = Dockerfile.parse("ARG " + input(c) + "\n").instructions().get(0);
            assertEquals(strings(c.getAsJsonArray("expected")), SyntaxAssertions.texts(arg.arguments()));
        });
    }

    @TestFactory
    Stream<DynamicTest> parseIncludesLineNumbers() {
        return each("TestParseIncludesLineNumbers", 1, c -> c.get("inputFile").getAsString(), c -> {
            String source = new String(Files.readAllBytes(Corpus.path(c.get("inputFile").getAsString())), StandardCharsets.UTF_8);
            List<Instruction> instructions = Dockerfile.parse(source).instructions();
            JsonObject expected = c.getAsJsonObject("expected");
            JsonArray children = expected.getAsJsonArray("children");
            assertEquals(children.size(), instructions.size());
            for (int i = 0; i < children.size(); i++) {
                JsonObject child = children.get(i).getAsJsonObject();
                assertEquals(child.get("startLine").getAsInt(), instructions.get(i).startLine() + 1, "start of child " + i);
                assertEquals(child.get("endLine").getAsInt(), instructions.get(i).endLine() + 1, "end of child " + i);
            }
            JsonObject root = expected.getAsJsonObject("root");
            assertEquals(root.get("startLine").getAsInt(), instructions.get(0).startLine() + 1, "root start");
            assertEquals(root.get("endLine").getAsInt(), instructions.get(instructions.size() - 1).endLine() + 1, "root end");
        });
    }

    @TestFactory
    Stream<DynamicTest> parseWarnsOnEmptyContinuationLine() {
        return each("TestParseWarnsOnEmptyContinutationLine", 1, c -> SyntaxAssertions.show(input(c)), c -> {
            JsonObject expected = c.getAsJsonObject("expected");
            List<String> warnings = Dockerfile.parse(input(c)).instructions().stream()
                    .filter(i -> !i.emptyContinuationLines().isEmpty())
                    .map(i -> "Empty continuation line found in: " + i.text()).toList();
            assertEquals(expected.get("warningCount").getAsInt(), warnings.size(), () -> warnings.toString());
            JsonArray each = expected.getAsJsonArray("warnings");
            for (int i = 0; i < each.size(); i++) {
                for (String part : strings(each.get(i).getAsJsonObject().getAsJsonArray("shortContains"))) {
                    assertTrue(warnings.get(i).contains(part), warnings.get(i) + " contains " + part);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> parseReturnsScannerErrors() {
        return each("TestParseReturnsScannerErrors", 1, c -> c.get("inputTemplate").getAsString(), c -> {
            JsonObject fill = c.getAsJsonObject("fill").getAsJsonObject("%s");
            String source = c.get("inputTemplate").getAsString()
                    .replace("%s", fill.get("repeat").getAsString().repeat(fill.get("count").getAsInt()));
            Dockerfile model = Dockerfile.parse(source);
            assertEquals(Optional.of(c.get("expectedError").getAsString()), model.buildKitError());
            assertEquals(List.of(c.get("expectedError").getAsString()), errors(model));
            assertEquals("LineTooLong", model.diagnostics().get(0).code());
            assertEquals(SyntaxAssertions.r(2, 0, 2, 0), model.diagnostics().get(0).range());
        });
    }

    @TestFactory
    Stream<DynamicTest> parseNameValThroughEnvAndLabel() {
        return each("TestParseNameValOldFormat/TestParseNameValNewFormat/TestParseNameValWithoutVal", 3,
                c -> c.getAsJsonObject("input").toString(), c -> {
                    JsonObject in = c.getAsJsonObject("input");
                    Dockerfile model = Dockerfile.parse(in.get("key").getAsString() + " " + in.get("rest").getAsString() + "\n");
                    if (c.has("expectedError")) {
                        assertEquals(Optional.of(c.get("expectedError").getAsString()), model.buildKitError());
                        return;
                    }
                    assertFalse(model.buildKitError().isPresent());
                    List<String> values = new ArrayList<>();
                    for (KeyValue pair : model.instructions().get(0).pairs()) {
                        values.add(pair.key().text());
                        values.add(pair.value().text());
                        values.add(pair.legacy() ? "" : "=");
                    }
                    assertEquals(strings(c.getAsJsonArray("expected")), values);
                });
    }

    @TestFactory
    Stream<DynamicTest> jsonArraysOfStringsThroughCmd() {
        return each("TestJSONArraysOfStrings", 16, c -> SyntaxAssertions.show(input(c)), c -> {
            Dockerfile model = Dockerfile.parse("CMD " + input(c) + "\n");
            Instruction cmd = model.instructions().get(0);
            assertTrue(cmd.isJson(), "JSON form");
            if (c.has("expectedError")) {
                assertEquals(Optional.of(c.get("expectedError").getAsString()), model.buildKitError());
                assertEquals(List.of(c.get("expectedError").getAsString()), errors(model));
                return;
            }
            assertFalse(model.buildKitError().isPresent());
            assertEquals(strings(c.getAsJsonArray("expected")), SyntaxAssertions.texts(cmd.arguments()));
        });
    }

    @TestFactory
    Stream<DynamicTest> directives() {
        return each("TestDirectives", 2, c -> SyntaxAssertions.show(input(c)), c -> {
            Map<String, String> expected = new LinkedHashMap<>();
            c.getAsJsonArray("expected").forEach(e -> expected.put(e.getAsJsonObject().get("name").getAsString(),
                    e.getAsJsonObject().get("value").getAsString()));
            Map<String, String> actual = new LinkedHashMap<>();
            // ParseAll reads directives only; an instruction keeps the model from "no instructions".
            Dockerfile.parse(input(c) + "FROM a\n").directives().forEach(d -> actual.put(d.key(), d.value()));
            assertEquals(expected, actual);
        });
    }

    @TestFactory
    Stream<DynamicTest> parseExtractsHeredoc() {
        String source = CorpusCases.group("TestParseExtractsHeredoc").get("input").getAsString();
        return each("TestParseExtractsHeredoc", 27, c -> c.get("instruction").getAsString(), c -> {
            List<Instruction> instructions = Dockerfile.parse(source).instructions();
            assertEquals(28, instructions.size(), "instructions in the fixture");
            Instruction instruction = instructions.get(c.get("child").getAsInt());
            assertEquals(c.get("instruction").getAsString(), instruction.text());
            List<Map<String, Object>> actual = new ArrayList<>();
            for (Heredoc h : instruction.heredocs()) {
                assertTrue(h.terminated(), "terminated");
                actual.add(Map.of("name", h.name(), "fileDescriptor", h.fileDescriptor(), "expand", h.expand(),
                        "chomp", h.chomp(), "content", h.content()));
            }
            List<Map<String, Object>> expected = new ArrayList<>();
            if (!c.get("expected").isJsonNull()) {
                for (JsonElement e : c.getAsJsonArray("expected")) {
                    JsonObject o = e.getAsJsonObject();
                    expected.add(Map.of("name", o.get("name").getAsString(), "fileDescriptor", o.get("fileDescriptor").getAsInt(),
                            "expand", o.get("expand").getAsBoolean(), "chomp", o.get("chomp").getAsBoolean(),
                            "content", o.get("content").getAsString()));
                }
            }
            assertEquals(expected, actual);
        });
    }

    @TestFactory
    Stream<DynamicTest> parseJsonHeredoc() {
        return each("TestParseJSONHeredoc", 1, c -> SyntaxAssertions.show(input(c)), c -> {
            List<Instruction> instructions = Dockerfile.parse(input(c)).instructions();
            assertEquals(4, instructions.size());
            assertTrue(c.getAsJsonObject("expected").get("heredocs").isJsonNull());
            for (JsonElement child : c.getAsJsonObject("expected").getAsJsonArray("children")) {
                Instruction run = instructions.get(child.getAsInt());
                assertTrue(run.isJson(), run.text());
                assertEquals(List.of(), run.heredocs(), run.text());
            }
        });
    }

    /** An instruction-level case: the first instruction of the input has exactly this error among its diagnostics. */
    private static void rejects(String source, String message, boolean exact) {
        Instruction first = Dockerfile.parse(source).instructions().get(0);
        List<String> messages = first.diagnostics().stream().map(Diagnostic::message).toList();
        assertTrue(messages.stream().anyMatch(m -> exact ? m.equals(message) : m.contains(message)),
                () -> messages + " has " + message);
    }

    @TestFactory
    Stream<DynamicTest> commandsExactlyOneArgument() {
        return each("TestCommandsExactlyOneArgument", 4, c -> SyntaxAssertions.show(input(c)),
                c -> rejects(input(c), c.get("expectedError").getAsString(), true));
    }

    @TestFactory
    Stream<DynamicTest> commandsAtLeastOneArgument() {
        return each("TestCommandsAtLeastOneArgument", 6, c -> SyntaxAssertions.show(input(c)),
                c -> rejects(input(c), c.get("expectedError").getAsString(), true));
    }

    @TestFactory
    Stream<DynamicTest> commandsNoDestinationArgument() {
        return each("TestCommandsNoDestinationArgument", 2, c -> SyntaxAssertions.show(input(c)),
                c -> rejects(input(c), c.get("expectedError").getAsString(), true));
    }

    @TestFactory
    Stream<DynamicTest> errorCases() {
        return each("TestErrorCases", 6, c -> c.get("name").getAsString() + ": " + input(c),
                c -> rejects(input(c), c.get("expectedErrorContains").getAsString(), false));
    }

    @TestFactory
    Stream<DynamicTest> errorCasesHeredoc() {
        return each("TestErrorCasesHeredoc", 1, c -> c.get("name").getAsString(),
                c -> rejects(input(c), c.get("expectedErrorContains").getAsString(), false));
    }

    /**
     * BFlags.Parse against arbitrary declared flags: the args go through our parser (as the flags of
     * a COPY line) and then through {@link InstructionChecks#flags(Instruction.Builder, Map)}.
     */
    @TestFactory
    Stream<DynamicTest> builderFlags() {
        return each("TestBuilderFlags", 14, c -> c.getAsJsonArray("args") + " against " + c.getAsJsonObject("declared"), c -> {
            Map<String, Keyword.FlagType> declared = new LinkedHashMap<>();
            Map<String, String> defaults = new LinkedHashMap<>();
            c.getAsJsonObject("declared").entrySet().forEach(e -> {
                JsonArray spec = e.getValue().getAsJsonArray();
                boolean bool = spec.get(0).getAsString().equals("bool");
                declared.put(e.getKey(), bool ? Keyword.FlagType.BOOL : Keyword.FlagType.STRING);
                defaults.put(e.getKey(), spec.get(1).getAsString());
            });
            StringBuilder line = new StringBuilder("COPY");
            for (String arg : strings(c.getAsJsonArray("args"))) {
                int eq = arg.indexOf('=');
                line.append(' ').append(arg.contains(" ") ? arg.substring(0, eq + 1) + "'" + arg.substring(eq + 1) + "'" : arg);
            }
            Instruction parsed = Dockerfile.parse(line + " src dst\n").instructions().get(0);
            Instruction.Builder b = new Instruction.Builder();
            b.flags.addAll(parsed.flags());
            InstructionChecks.flags(b, declared);
            JsonElement expected = c.get("expected");
            if (expected.isJsonPrimitive()) {
                boolean ok = expected.getAsString().equals("ok");
                assertEquals(ok, b.diagnostics.isEmpty(), () -> "diagnostics " + b.diagnostics);
                return;
            }
            assertEquals(List.of(), b.diagnostics);
            JsonObject result = expected.getAsJsonObject();
            if (result.has("used")) {
                assertEquals(strings(result.getAsJsonArray("used")),
                        List.copyOf(new TreeSet<>(parsed.flags().stream().map(Flag::name).toList())));
            }
            if (result.has("values")) {
                Map<String, String> values = new LinkedHashMap<>(defaults);
                for (Flag flag : parsed.flags()) {
                    boolean bool = declared.get(flag.name()) == Keyword.FlagType.BOOL;
                    values.put(flag.name(), bool && flag.value() == null ? "true" : bool ? flag.value().toLowerCase() : flag.value());
                }
                Map<String, String> want = new LinkedHashMap<>();
                result.getAsJsonObject("values").entrySet().forEach(e -> want.put(e.getKey(), e.getValue().getAsString()));
                want.forEach((k, v) -> assertEquals(v, values.get(k), "value of --" + k));
            }
        });
    }
}
