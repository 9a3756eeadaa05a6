package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.Corpus;
import dockerfilels.workspace.BuildContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule and the parser over the real, buildable Dockerfiles of {@code real-world/}: nothing
 * throws, and no diagnostic is an error, since these images build. The only exceptions are files
 * BuildKit itself rejects, listed with the error BuildKit gives.
 */
class RealWorldLintTest {
    /** buildah's {@code tests/bud/add-chmod/Dockerfile.bad} is a negative fixture of buildah's own test suite. */
    private static final Map<String, List<String>> REJECTED_BY_BUILDKIT = Map.of(
            "containers__buildah/tests__bud__add-chmod__Dockerfile.bad", List.of("missing a value on flag: --chmod"));

    @TestFactory
    Stream<DynamicTest> noErrorsInDockerfilesThatBuild() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> files = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertEquals(305, files.size(), "files listed in MANIFEST.tsv");
        return files.stream().map(file -> dynamicTest(file, () -> {
            String source = new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
            LintResult result = Linter.standard().lint(Dockerfile.parse(source), LintSettings.DEFAULT, BuildContext.NONE);
            List<String> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::message).toList();
            assertEquals(REJECTED_BY_BUILDKIT.getOrDefault(file, List.of()), errors, () -> file + ": " + result.diagnostics());
        }));
    }
}
