package dockerfilels.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** BuildKit's own parser test files: every dump byte for byte, every negative file rejected. */
class BuildKitParserConformanceTest {

    @TestFactory
    Stream<DynamicTest> dumpsMatchBuildKitByteForByte() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(Corpus.path("buildkit-parser"))) {
            cases = dirs.filter(d -> Files.exists(d.resolve("result"))).sorted().toList();
        }
        assertEquals(33, cases.size(), "the corpus has 33 dump cases");
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String source = new String(Files.readAllBytes(dir.resolve("Dockerfile")), StandardCharsets.UTF_8);
            String expected = Files.readString(dir.resolve("result"), StandardCharsets.UTF_8);
            assertEquals(expected, BuildKitDump.dump(Dockerfile.parse(source)));
        }));
    }

    private static final Map<String, String> NEGATIVE_MESSAGES = Map.of(
            "empty_dockerfile", "file with no instructions",
            "only_comments", "file with no instructions",
            "env_no_value", "ENV must have two arguments",
            "shykes-nested-json", "when using JSON array syntax, arrays must be comprised of strings only");

    @TestFactory
    Stream<DynamicTest> negativeFilesAreRejectedWithBuildKitsMessage() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(Corpus.path("buildkit-parser-negative"))) {
            cases = dirs.sorted().toList();
        }
        assertEquals(4, cases.size());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String source = Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8);
            Dockerfile model = Dockerfile.parse(source);
            assertTrue(model.buildKitError().isPresent(), "BuildKit rejects this file");
            assertEquals(NEGATIVE_MESSAGES.get(dir.getFileName().toString()), model.buildKitError().get());
        }));
    }
}
