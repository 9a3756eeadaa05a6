package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.testing.Corpus;
import dockerfilels.workspace.BuildContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own lint tests ({@code buildkit-lint/cases.json}, every {@code checkLinterWarnings}
 * call of {@code dockerfile_check_test.go}) through {@link Linter#standard()}: the sorted
 * (rule, line, message) of the findings must equal the warnings of BuildKit's lint request,
 * and each "bad" documentation example must fire its rule, each "good" one not.
 */
class BuildKitLintCasesTest {

    /**
     * Documentation examples whose claim BuildKit's code does not bear out, with the reason.
     * Key: rule, verdict and caption. (The examples are documentation, not tested by BuildKit.)
     */
    static final Map<String, String> DOC_EXAMPLE_EXCLUSIONS = Map.of(
            "LegacyKeyValueFormat bad: using a space separator for variable key and value.",
            "the example is ARG foo bar, which declares two ARGs: BuildKit checks the legacy form only in ENV and LABEL",
            "InvalidDefinitionDescription good: An empty line separating non-descriptive comments.",
            "BuildKit's parser keeps the comment block across blank lines (only a bare '#' ends it), so the rule"
                    + " still fires here, as buildkit.md 4.2 records");

    /** A warning as the Go tests compare it: rule, 1-based line, message. */
    record Warning(String rule, int line, String message) {
        static final Comparator<Warning> ORDER = Comparator.comparingInt(Warning::line).thenComparing(Warning::message)
                .thenComparing(Warning::rule);
    }

    @TestFactory
    Stream<DynamicTest> lintCases() {
        JsonElement root = JsonParser.parseString(Corpus.read("buildkit-lint/cases.json"));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray()) {
            JsonObject c = element.getAsJsonObject();
            String id = c.get("id").getAsString();
            String skip = skipReason(c);
            tests.add(dynamicTest(skip == null ? id : id + " (skipped: " + skip + ")", () -> {
                Assumptions.assumeTrue(skip == null, skip);
                runCase(c);
            }));
        }
        assertEquals(88, tests.size(), "cases in cases.json");
        return tests.stream();
    }

    /** Why a case cannot run offline as it is, or null. */
    static String skipReason(JsonObject c) {
        if (c.has("template") && c.get("template").getAsBoolean()) {
            return "a template with ${...} placeholders for a registry image";
        }
        if (c.getAsJsonArray("expected").asList().stream()
                .anyMatch(w -> w.getAsJsonObject().get("rule").getAsString().equals("InvalidBaseImagePlatform"))) {
            return "InvalidBaseImagePlatform needs the registry's image config";
        }
        if (c.has("frontendAttrs")) {
            for (String key : c.getAsJsonObject("frontendAttrs").keySet()) {
                if (key.startsWith("build-arg:")) {
                    return "needs the build argument " + key.substring("build-arg:".length());
                }
            }
        }
        return null;
    }

    private static void runCase(JsonObject c) {
        String dockerfile = c.get("dockerfile").getAsString();
        BuildContext context = c.has("dockerignore")
                ? BuildContext.of(Map.of(".dockerignore", c.get("dockerignore").getAsString()))
                : BuildContext.NONE;
        List<Warning> actual = warnings(dockerfile, context);
        List<Warning> expected = new ArrayList<>();
        for (JsonElement w : c.getAsJsonArray("expected")) {
            JsonObject o = w.getAsJsonObject();
            expected.add(new Warning(o.get("rule").getAsString(), o.get("line").getAsInt(), o.get("message").getAsString()));
        }
        expected.sort(Warning.ORDER);
        assertEquals(expected, actual, () -> c.get("id").getAsString() + ":\n" + dockerfile);
    }

    /** The findings of BuildKit's checks, as BuildKit numbers their lines. */
    static List<Warning> warnings(String dockerfile, BuildContext context) {
        LintResult result = Linter.standard().lint(Dockerfile.parse(dockerfile), LintSettings.DEFAULT, context);
        List<Warning> warnings = new ArrayList<>();
        for (LintResult.Reported reported : result.findings()) {
            Finding finding = reported.finding();
            if (!finding.rule().isBuildKitCheck()) {
                continue;
            }
            // BuildKit numbers a warning by the first line of its instruction, except that
            // NoEmptyContinuation uses the last (MultipleInstructionsDisallowed is already anchored
            // to the earlier instruction).
            int line = finding.rule().id().equals("NoEmptyContinuation") ? finding.anchor().endLine() : finding.anchor().startLine();
            warnings.add(new Warning(finding.rule().id(), line + 1, reported.diagnostic().message()));
        }
        warnings.sort(Warning.ORDER);
        return warnings;
    }

    /** Every rule of rules.json that is implemented has BuildKit's description, URL and experimental flag. */
    @TestFactory
    Stream<DynamicTest> ruleMetadata() {
        JsonObject root = JsonParser.parseString(Corpus.read("buildkit-lint/rules.json")).getAsJsonObject();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("rules")) {
            JsonObject r = element.getAsJsonObject();
            String name = r.get("name").getAsString();
            Rule rule = Rules.byName(name);
            String skip = rule != null ? null
                    : name.equals("InvalidBaseImagePlatform") ? "needs the registry's image config; not implemented" : "not implemented";
            tests.add(dynamicTest(skip == null ? name : name + " (skipped: " + skip + ")", () -> {
                Assumptions.assumeTrue(skip == null, skip);
                RuleInfo info = rule.info();
                assertEquals(name, info.id());
                assertEquals(r.get("description").getAsString(), info.description());
                assertEquals(r.get("url").getAsString(), info.url());
                assertEquals(r.get("experimental").getAsBoolean(), info.experimental());
                assertTrue(info.isBuildKitCheck());
            }));
        }
        assertEquals(22, tests.size(), "rules in rules.json");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> docExamples() {
        JsonObject root = JsonParser.parseString(Corpus.read("buildkit-lint/doc-examples.json")).getAsJsonObject();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("examples")) {
            JsonObject e = element.getAsJsonObject();
            String rule = e.get("rule").getAsString();
            String verdict = e.get("verdict").getAsString();
            String key = rule + " " + verdict + ": " + e.get("caption").getAsString();
            String skip = rule.equals("CopyIgnoredFile") ? "needs a .dockerignore the documentation does not give"
                    : DOC_EXAMPLE_EXCLUSIONS.get(key);
            tests.add(dynamicTest(skip == null ? key : key + " (skipped: " + skip + ")", () -> {
                Assumptions.assumeTrue(skip == null, skip);
                String dockerfile = e.get("dockerfile").getAsString();
                // A fragment without FROM is read as the body of a stage, as the docs mean it.
                if (Dockerfile.parse(dockerfile).instructions().stream().noneMatch(i -> i.is(dockerfilels.syntax.Keyword.FROM))) {
                    dockerfile = "FROM scratch\n" + dockerfile;
                }
                String text = dockerfile;
                // Experimental rules run only when enabled, as a reader of the docs would enable them.
                String source = Rules.byName(rule).info().experimental() ? "# check=experimental=" + rule + "\n" + text : text;
                boolean fires = warnings(source, BuildContext.NONE).stream().anyMatch(w -> w.rule().equals(rule));
                if (verdict.equals("bad")) {
                    assertTrue(fires, () -> rule + " does not fire on:\n" + text);
                } else {
                    // A good example fires no BuildKit check at all, not only not its own. (Syntax errors are
                    // not counted: some examples stand "..." for lines the docs leave out.)
                    assertEquals(List.of(), warnings(source, BuildContext.NONE), () -> "a good example fires:\n" + text);
                }
            }));
        }
        return tests.stream();
    }
}
