package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's checks over every real, buildable Dockerfile of {@code real-world/}: the linter does
 * not throw, and no BuildKit check gives an error there (they are warnings unless a file asks
 * for {@code # check=error=true}).
 */
class BuildKitChecksRealWorldTest {

    @TestFactory
    Stream<DynamicTest> noBuildKitCheckIsAnError() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> files = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertTrue(files.size() > 100, "files listed in MANIFEST.tsv: " + files.size());
        return files.stream().map(file -> dynamicTest(file, () -> {
            String source = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
            LintResult result = Linter.standard().lint(Dockerfile.parse(source), LintSettings.DEFAULT, BuildContext.NONE);
            List<String> errors = result.findings().stream()
                    .filter(r -> r.finding().rule().isBuildKitCheck() && r.diagnostic().severity() == Severity.ERROR)
                    .map(r -> r.diagnostic().range() + " " + r.diagnostic().code() + ": " + r.diagnostic().message()).toList();
            assertEquals(List.of(), errors);
        }));
    }
}
