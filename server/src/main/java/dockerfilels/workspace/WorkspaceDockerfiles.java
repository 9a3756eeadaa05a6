package dockerfilels.workspace;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Dockerfiles inside the workspace folders, for workspace-wide features. The walk never
 * leaves a folder (links are not followed), skips folders that hold dependencies or build output,
 * and is bounded in depth, in entries looked at and in files found; reading goes through
 * {@link FolderBuildContext}, so a file is read only inside its folder and only up to 1 MiB.
 */
public final class WorkspaceDockerfiles {
    public static final int MAX_FILES = 500;
    static final int MAX_ENTRIES = 50_000;
    static final int MAX_DEPTH = 16;
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            "dist", ".venv", "venv", "__pycache__", ".gradle", ".idea", ".vscode");

    private WorkspaceDockerfiles() {
    }

    /** Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile and Containerfile. */
    public static boolean isDockerfileName(String name) {
        return name.equals("Dockerfile")
                || name.equals("Containerfile")
                || (name.startsWith("Dockerfile.") && name.length() > "Dockerfile.".length())
                || (name.endsWith(".Dockerfile") && name.length() > ".Dockerfile".length())
                || (name.endsWith(".dockerfile") && name.length() > ".dockerfile".length());
    }

    /** The Dockerfiles under each folder, in walk order, at most {@link #MAX_FILES} in all. */
    public static List<Path> find(List<Path> folders) {
        List<Path> found = new ArrayList<>();
        int[] entries = {0};
        for (Path folder : folders) {
            if (found.size() >= MAX_FILES || !Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (++entries[0] > MAX_ENTRIES || found.size() >= MAX_FILES) {
                            return FileVisitResult.TERMINATE;
                        }
                        boolean skip = !dir.equals(folder) && SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName()));
                        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (++entries[0] > MAX_ENTRIES) {
                            return FileVisitResult.TERMINATE;
                        }
                        if (attrs.isRegularFile() && isDockerfileName(String.valueOf(file.getFileName()))) {
                            found.add(file.toAbsolutePath().normalize());
                            if (found.size() >= MAX_FILES) {
                                return FileVisitResult.TERMINATE;
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException unreadable) {
                // What was found before the failure stays; the folder is simply not searched further.
            }
        }
        return found;
    }

    /** The file's text, read only inside {@code folder}; empty when it is outside, a link out, too large or unreadable. */
    public static Optional<String> read(Path folder, Path file) {
        Path root = folder.toAbsolutePath().normalize();
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            return Optional.empty();
        }
        return new FolderBuildContext(root).read(root.relativize(normalized).toString());
    }
}
