package dockerfilels.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared conformance corpus ({@code ../shared/corpus} beside the checkout): BuildKit's own
 * parser and lexer test data and real-world Dockerfiles. Tests that read it are skipped, with a
 * message saying why, on a checkout that does not have it.
 */
public final class Corpus {
    private static final Path ROOT = locate();

    private Corpus() {
    }

    private static Path locate() {
        String configured = System.getProperty("dockerfilels.corpus", System.getenv("DOCKERFILE_LS_CORPUS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        // Surefire runs in the module folder (server/); Maven may also run from the root.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/corpus").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("../../shared/corpus").toAbsolutePath().normalize();
    }

    private static volatile boolean warned;

    /** The corpus root; skips the calling test (visibly) when the corpus is not there. */
    public static Path root() {
        String message = "conformance corpus not found at " + ROOT + " (set -Ddockerfilels.corpus=DIR); skipping";
        if (!Files.isDirectory(ROOT) && !warned) {
            // JUnit does not print why a test factory was aborted: say it once, where the build log shows it.
            warned = true;
            System.err.println("WARNING: " + message + " the tests that read it");
        }
        assumeTrue(Files.isDirectory(ROOT), message);
        return ROOT;
    }

    /** A file or folder inside the corpus; skips the calling test when it is not there. */
    public static Path path(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.exists(path), "corpus entry missing: " + path + "; skipping");
        return path;
    }

    public static boolean available() {
        return Files.isDirectory(ROOT);
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
