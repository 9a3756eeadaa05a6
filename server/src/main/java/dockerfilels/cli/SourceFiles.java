package dockerfilels.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
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
        return name.equals("Dockerfile")
                || name.equals("Containerfile")
                || (name.startsWith("Dockerfile.") && name.length() > "Dockerfile.".length())
                || (name.endsWith(".Dockerfile") && name.length() > ".Dockerfile".length())
                || (name.endsWith(".dockerfile") && name.length() > ".dockerfile".length());
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
