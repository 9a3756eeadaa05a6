package dockerfilels.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix}: the safe fixes written to disk, then what remains reported. */
class CheckFixTest {
    @TempDir
    Path dir;

    @Test
    void safeFixesAreWrittenAndWhatRemainsIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nMAINTAINER me\r\nFOO bar\n");

        Cli cli = Cli.run("check", "--fix", file.toString());

        assertEquals("FROM alpine\nLABEL org.opencontainers.image.authors=\"me\"\r\nFOO bar\n", Files.readString(file));
        assertEquals(file + ":3:1: error UnknownInstruction unknown instruction: FOO (did you mean FROM?)\n", cli.out());
        assertTrue(cli.err().contains(file + ": applied 1 fix"), cli.err());
        assertEquals(1, cli.exitCode());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file was left behind");
        }
    }

    @Test
    void aFileWithNothingToFixIsNotWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nFOO bar\n");
        FileTime before = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, before);

        Cli cli = Cli.run("check", "--fix", file.toString());

        assertEquals(before, Files.getLastModifiedTime(file));
        assertEquals("", cli.err());
        assertEquals(1, cli.exitCode());
    }

    @Test
    void everyFixIsAppliedAndPermissionsAreKept() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nMAINTAINER a\nmaintainer b\n");
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        }

        Cli cli = Cli.run("check", "--fix", "--fail-on", "hint", file.toString());

        // Line 3 has two overlapping fixes (casing, then the label); a second pass applies the other one.
        assertEquals("FROM alpine\nLABEL org.opencontainers.image.authors=\"a\"\nLABEL org.opencontainers.image.authors=\"b\"\n",
                Files.readString(file));
        assertEquals("", cli.out());
        assertEquals(0, cli.exitCode(), cli.err());
        if (posix) {
            assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aFileThatIsNotUtf8IsNotRewritten() throws IOException {
        byte[] bytes = {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'M', 'A', 'I', 'N', 'T', 'A', 'I', 'N', 'E', 'R', ' ',
            (byte) 0xff, '\n'};
        Path file = Files.write(dir.resolve("Dockerfile"), bytes);

        Cli cli = Cli.run("check", "--fix", file.toString());

        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertTrue(cli.err().contains("not valid UTF-8; not fixed"), cli.err());
        assertTrue(cli.out().contains("MaintainerDeprecated"), cli.out());
    }
}
