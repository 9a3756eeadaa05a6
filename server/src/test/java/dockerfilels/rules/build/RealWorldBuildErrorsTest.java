package dockerfilels.rules.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.rules.Rules;
import dockerfilels.rules.Finding;
import dockerfilels.rules.LintResult;
import dockerfilels.testing.Corpus;
import dockerfilels.testing.LintAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The build-error rules find nothing in {@code real-world/} (Dockerfiles that build), except in
 * the files BuildKit itself rejects, which are listed here with the reason.
 */
class RealWorldBuildErrorsTest {
    private static final Map<String, List<String>> KNOWN_BAD = Map.of();
    private static final Set<String> BUILD_RULES = Rules.all().stream()
            .filter(r -> r.getClass().getPackageName().equals(InvalidMount.class.getPackageName()))
            .map(r -> r.info().id()).collect(Collectors.toSet());

    @TestFactory
    Stream<DynamicTest> noBuildErrorsInBuildableFiles() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> files = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        return files.stream().map(file -> dynamicTest(file, () -> {
            String source = new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
            LintResult result = LintAssertions.lint(source);
            List<String> found = result.findings().stream().map(LintResult.Reported::finding)
                    .filter(f -> BUILD_RULES.contains(f.rule().id()))
                    .map(RealWorldBuildErrorsTest::describe).toList();
            assertEquals(KNOWN_BAD.getOrDefault(file, List.of()), found);
        }));
    }

    private static String describe(Finding finding) {
        return finding.rule().id() + " " + finding.range() + ": " + finding.message();
    }
}
