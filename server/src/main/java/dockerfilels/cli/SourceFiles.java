package dockerfilels.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Finding Dockerfiles under the paths given on the command line, and reading them. */
public final class SourceFiles {
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target");

    private SourceFiles() {
    }

    /** Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile and Containerfile. */
    public static boolean isDockerfileName(String name) {
        return dockerfilels.workspace.WorkspaceDockerfiles.isDockerfileName(name);
    }

    /**
     * The files one command-line path stands for: the file itself whatever its name, or the
     * Dockerfiles found in a folder (not descending into .git, node_modules or target), each
     * named by the given path joined with its place in the folder. Problems (a path that does
     * not exist, a folder that cannot be read) go to {@code problems}.
     */
    public static List<Path> find(Path given, Consumer<String> problems) {
        if (!Files.isDirectory(given)) {
            if (!Files.exists(given)) {
                problems.accept(given + ": no such file or directory");
                return List.of();
            }
            return List.of(given);
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(given, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(given) && SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName()));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isDockerfileName(String.valueOf(file.getFileName())) && Files.isRegularFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(file + ": cannot read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(given + ": cannot read: " + reason(e));
        }
        return found;
    }

    /** The file's bytes decoded as UTF-8; malformed bytes become U+FFFD, never an error. */
    public static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** Whether the file's bytes are valid UTF-8 (so that decoding and encoding again keeps them). */
    static boolean isUtf8(Path file) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Replaces the file's content with {@code text} (UTF-8) atomically: written to a temporary
     * file in the same folder, which then takes the file's place (its permissions kept). A link
     * is followed: its target is replaced, the link stays.
     */
    static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toRealPath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temporary, text.getBytes(StandardCharsets.UTF_8));
            try {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException notPosix) {
                // Permissions stay the temporary file's defaults.
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A short, human reason for an I/O failure. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** Text on one line: line breaks become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\r\n|[\r\n]", " ");
    }
}
