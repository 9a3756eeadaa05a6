package dockerfilels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.BuildKitDump;
import dockerfilels.syntax.Dockerfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path dir;

    @Test
    void oneFilePrintsExactlyItsDump() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nRUN echo hi\n");

        Cli cli = Cli.run("parse", "--buildkit-dump", file.toString());

        assertEquals("(from \"alpine\")\n(run \"echo hi\")\n", cli.out());
        assertEquals(0, cli.exitCode(), cli.err());
    }

    @Test
    void severalFilesAreEachPrecededByTheirPath() throws IOException {
        Path a = write("a/Dockerfile", "FROM alpine\n");
        Path b = write("b/Dockerfile", "FROM busybox\nCMD [\"sh\"]\n");

        Cli cli = Cli.run("parse", "--buildkit-dump", a.toString(), b.toString());

        assertEquals("==> " + a + " <==\n" + dump("FROM alpine\n")
                + "==> " + b + " <==\n" + dump("FROM busybox\nCMD [\"sh\"]\n"), cli.out());
        assertEquals(0, cli.exitCode());
    }

    @Test
    void aFileBuildKitRejectsPrintsOneErrorLineAndExitsOne() throws IOException {
        Path good = write("good", "FROM alpine\n");
        Path rejected = write("rejected", "FROM busybox\n\nENV PATH\n");

        Cli cli = Cli.run("parse", "--buildkit-dump", rejected.toString(), good.toString());

        assertEquals("==> " + rejected + " <==\nERROR: ENV must have two arguments\n"
                + "==> " + good + " <==\n" + dump("FROM alpine\n"), cli.out());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void anUnreadableFileIsReportedOnStderrAndExitsTwo() throws IOException {
        Path good = write("good", "FROM alpine\n");
        Path missing = dir.resolve("missing");

        Cli cli = Cli.run("parse", "--buildkit-dump", missing.toString(), good.toString());

        assertTrue(cli.err().contains(missing + ": cannot read: no such file or directory"), cli.err());
        assertTrue(cli.out().endsWith("==> " + good + " <==\n" + dump("FROM alpine\n")), cli.out());
        assertEquals(2, cli.exitCode());
    }

    @Test
    void bytesThatAreNotUtf8AreDecodedWithReplacement() throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.write(file, new byte[] {'F', 'R', 'O', 'M', ' ', 'a', (byte) 0xff, '\n'});

        Cli cli = Cli.run("parse", "--buildkit-dump", file.toString());

        assertEquals(dump("FROM a\uFFFD\n"), cli.out());
    }

    @Test
    void usageErrors() {
        assertEquals(2, Cli.run("parse").exitCode());
        assertEquals(2, Cli.run("parse", "--buildkit-dump").exitCode());
        assertEquals(2, Cli.run("parse", "--json", "Dockerfile").exitCode());
        assertTrue(Cli.run("parse", "Dockerfile").err().contains("--buildkit-dump"));
    }

    private static String dump(String text) {
        return BuildKitDump.dump(Dockerfile.parse(text));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
