package dockerfilels.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.Corpus;
import dockerfilels.workspace.BuildContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The standard linter over every real-world Dockerfile (images that build): nothing throws, and the
 * variable and FROM checks never give an error (they are warnings, as in BuildKit).
 */
class VariableRulesRealWorldTest {
    private static final Set<String> RULES = Set.of("UndefinedVar", "UndefinedArgInFrom", "InvalidDefaultArgInFrom",
            "RedundantTargetPlatform", "FromPlatformFlagConstDisallowed", "CopyIgnoredFile");

    @TestFactory
    Stream<DynamicTest> noErrorsFromTheVariableChecks() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> files = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertEquals(305, files.size(), "files listed in MANIFEST.tsv");
        return files.stream().map(file -> dynamicTest(file, () -> {
            String source = new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
            LintResult result = Linter.standard().lint(Dockerfile.parse(source), LintSettings.DEFAULT, BuildContext.NONE);
            List<String> errors = result.diagnostics().stream()
                    .filter(d -> RULES.contains(d.code()) && d.severity() == Severity.ERROR)
                    .map(d -> d.range() + " " + d.code() + ": " + d.message()).toList();
            assertEquals(List.of(), errors);
        }));
    }
}
