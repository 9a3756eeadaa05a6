package dockerfilels.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dockerfilels.rules.LintResult;
import dockerfilels.semantics.Stages;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.testing.Corpus;
import dockerfilels.testing.LintAssertions;
import dockerfilels.testing.LintAssertions.Setup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's lint integration cases ({@code buildkit-lint/cases.json}, all 88 of them), compared on the
 * six variable and FROM checks only: (rule, 1-based first line of the instruction, message) of the lint
 * request, sorted. Other rules' expectations are ignored; these six must not fire where BuildKit does not.
 *
 * <p>Skipped, with the reason: the template case (needs a registry image), and cases whose build
 * arguments could change the outcome. A build argument that only sets a global ARG the file declares
 * changes no rule here (a declared ARG counts as defined with or without a value, and
 * InvalidDefaultArgInFrom ignores build arguments by definition), so those cases run; a build argument
 * naming anything else, or {@code BUILDKIT_DOCKERFILE_CHECK} (which replaces the {@code # check=}
 * directive), skips the case.
 */
class VariableRulesCorpusTest {
    private static final Set<String> RULES = Set.of("UndefinedVar", "UndefinedArgInFrom", "InvalidDefaultArgInFrom",
            "RedundantTargetPlatform", "FromPlatformFlagConstDisallowed", "CopyIgnoredFile");

    @TestFactory
    Stream<DynamicTest> lintCases() {
        List<DynamicTest> tests = new ArrayList<>();
        int expectedWarnings = 0;
        for (JsonElement e : JsonParser.parseString(Corpus.read("buildkit-lint/cases.json")).getAsJsonArray()) {
            JsonObject c = e.getAsJsonObject();
            for (JsonElement w : c.getAsJsonArray("expected")) {
                if (RULES.contains(w.getAsJsonObject().get("rule").getAsString())) {
                    expectedWarnings++;
                }
            }
            tests.add(dynamicTest(c.get("id").getAsString(), () -> run(c)));
        }
        assertEquals(88, tests.size(), "cases in cases.json");
        assertEquals(19, expectedWarnings, "warnings of these rules the corpus expects");
        return tests.stream();
    }

    /**
     * The rule documentation's examples for these rules: every "bad" one fires its rule, no "good" one
     * does. CopyIgnoredFile's examples need a {@code .dockerignore} the page does not give, so they are skipped.
     */
    @TestFactory
    Stream<DynamicTest> docExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        JsonObject root = JsonParser.parseString(Corpus.read("buildkit-lint/doc-examples.json")).getAsJsonObject();
        for (JsonElement e : root.getAsJsonArray("examples")) {
            JsonObject x = e.getAsJsonObject();
            String rule = x.get("rule").getAsString();
            if (!RULES.contains(rule)) {
                continue;
            }
            boolean bad = x.get("verdict").getAsString().equals("bad");
            String source = x.get("dockerfile").getAsString();
            tests.add(dynamicTest(rule + " " + x.get("verdict").getAsString() + ": " + x.get("caption").getAsString(), () -> {
                assumeFalse(rule.equals("CopyIgnoredFile"), "needs a .dockerignore the documentation does not give");
                long fired = LintAssertions.lint(source).findings().stream().filter(r -> r.finding().rule().id().equals(rule)).count();
                assertEquals(bad, fired > 0, () -> rule + " on:\n" + source);
            }));
        }
        assertEquals(18, tests.size(), "doc examples of these rules");
        return tests.stream();
    }

    private static void run(JsonObject c) {
        String source = c.get("dockerfile").getAsString();
        assumeFalse(c.has("template") && c.get("template").getAsBoolean(), "template case: needs a registry image");
        if (c.has("frontendAttrs")) {
            Set<String> globals = new HashSet<>();
            Dockerfile model = Dockerfile.parse(source);
            for (Instruction arg : Stages.of(model).globalArgs()) {
                arg.arguments().forEach(w -> globals.add(w.text().split("=", 2)[0]));
            }
            for (String key : c.getAsJsonObject("frontendAttrs").keySet()) {
                if (key.startsWith("build-arg:")) {
                    String name = key.substring("build-arg:".length());
                    assumeFalse(name.equals("BUILDKIT_DOCKERFILE_CHECK"), "BUILDKIT_DOCKERFILE_CHECK replaces # check=: not modelled here");
                    assumeTrue(globals.contains(name), "build argument " + name + " is not a declared global ARG");
                }
            }
        }
        Map<String, String> files = new HashMap<>();
        if (c.has("dockerignore")) {
            files.put(".dockerignore", c.get("dockerignore").getAsString());
        }
        List<String> expected = new ArrayList<>();
        for (JsonElement w : c.getAsJsonArray("expected")) {
            JsonObject o = w.getAsJsonObject();
            if (RULES.contains(o.get("rule").getAsString())) {
                expected.add(o.get("rule").getAsString() + " " + o.get("line").getAsInt() + " " + o.get("message").getAsString());
            }
        }
        LintResult result = LintAssertions.lint(source, Setup.DEFAULT.withFiles(files));
        List<String> actual = new ArrayList<>();
        for (LintResult.Reported r : result.findings()) {
            String rule = r.finding().rule().id();
            if (RULES.contains(rule)) {
                actual.add(rule + " " + (r.finding().anchor().startLine() + 1) + " " + r.finding().message());
            }
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual, () -> "case " + c.get("id").getAsString() + ":\n" + source);
    }

    private static void assumeTrue(boolean condition, String reason) {
        org.junit.jupiter.api.Assumptions.assumeTrue(condition, reason);
    }
}
