package dockerfilels.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Dockerfile of {@code real-world/} (images that build) parses without an error. */
class RealWorldDockerfilesTest {
    /**
     * Files of the corpus that BuildKit itself rejects, with the error it gives. buildah's
     * {@code tests/bud/add-chmod/Dockerfile.bad} is a negative fixture of buildah's test suite:
     * {@code --chmod} is a string flag, so {@code ADD --chmod 777 ...} fails in BuildKit's BFlags.
     */
    private static final Map<String, List<String>> KNOWN_BAD = Map.of(
            "containers__buildah/tests__bud__add-chmod__Dockerfile.bad", List.of("missing a value on flag: --chmod"));

    @TestFactory
    Stream<DynamicTest> parseWithoutErrors() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> manifest = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> files = manifest.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertEquals(305, files.size(), "files listed in MANIFEST.tsv");
        return files.stream().map(file -> dynamicTest(file, () -> {
            String source = new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
            Dockerfile model = Dockerfile.parse(source);
            List<String> errors = model.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(d -> d.range() + " " + d.code() + ": " + d.message()).toList();
            List<String> messages = model.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::message).toList();
            assertEquals(KNOWN_BAD.getOrDefault(file, List.of()), messages, () -> errors.toString());
            assertFalse(model.buildKitError().isPresent(), () -> "BuildKit parse error " + model.buildKitError());
            assertFalse(model.instructions().isEmpty());
        }));
    }
}
