package dockerfilels.workspace;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A build context on disk. A path is read only when it stays inside the context folder once
 * resolved ({@code ../} and absolute paths are refused) and no part of it is a symbolic link
 * leading out; files larger than {@link #MAX_BYTES} are not read.
 */
public final class FolderBuildContext implements BuildContext {
    static final long MAX_BYTES = 1 << 20;
    private final Path root;

    private final long generation = Generation.current();

    public FolderBuildContext(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder, and the files' generation when this context was made. */
    @Override
    public Object key() {
        return java.util.List.of(root, generation);
    }

    public Path root() {
        return root;
    }

    @Override
    public Optional<String> read(String relativePath) {
        try {
            Path relative = Path.of(relativePath);
            if (relative.isAbsolute()) {
                return Optional.empty();
            }
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath()) || Files.size(real) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Limits a listing, so a huge folder costs no more than a screenful of proposals. */
    static final int MAX_ENTRIES = 1000;

    @Override
    public java.util.List<String> list(String relativeFolder) {
        try {
            Path relative = Path.of(relativeFolder);
            if (relative.isAbsolute()) {
                return java.util.List.of();
            }
            Path folder = root.resolve(relative).normalize();
            if (!folder.startsWith(root) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    || !folder.toRealPath().startsWith(root.toRealPath())) {
                return java.util.List.of();
            }
            java.util.TreeSet<String> entries = new java.util.TreeSet<>();
            try (java.nio.file.DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                for (Path entry : stream) {
                    if (entries.size() >= MAX_ENTRIES) {
                        break;
                    }
                    if (Files.isSymbolicLink(entry)) {
                        continue; // a link may lead out of the context
                    }
                    String name = entry.getFileName().toString();
                    entries.add(Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name);
                }
            }
            return java.util.List.copyOf(entries);
        } catch (IOException | RuntimeException unreadable) {
            return java.util.List.of();
        }
    }
}
