package dockerfilels.workspace;

import dockerfilels.settings.LintSettings;
import dockerfilels.settings.SettingsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The project settings file {@code .dockerfile-ls.json} that applies to a Dockerfile: the nearest
 * one from the Dockerfile's folder up to the root (both included), never above the root. A file
 * is parsed again only when its size or modification time changed, so its warnings are given
 * once per version of the file. Thread-safe.
 */
public final class ProjectSettings {
    private record Parsed(FileTime modified, long size, LintSettings settings) {
    }

    private final Consumer<String> warnings;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    public ProjectSettings(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** The settings of the nearest project file from {@code folder} up to {@code root}; DEFAULT when none. */
    public LintSettings near(Path folder, Path root) {
        Path file = find(folder, root);
        if (file == null) {
            return LintSettings.DEFAULT;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Parsed known = parsed.get(file);
            if (known != null && known.modified().equals(attributes.lastModifiedTime()) && known.size() == attributes.size()) {
                return known.settings();
            }
            Parsed fresh = new Parsed(attributes.lastModifiedTime(), attributes.size(), SettingsFile.read(file, warnings));
            parsed.put(file, fresh);
            return fresh.settings();
        } catch (IOException e) {
            return LintSettings.DEFAULT;
        }
    }

    /**
     * Whether {@code path}, once symbolic links are resolved, is still inside {@code root}
     * (resolved too). A path that does not exist holds nothing to read, so it counts as inside.
     */
    public static boolean staysInside(Path path, Path root) {
        try {
            if (!Files.exists(path)) {
                return true;
            }
            return path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The nearest project file, or null; only regular files (not links), only inside {@code root}. */
    public static Path find(Path folder, Path root) {
        if (folder == null || root == null) {
            return null;
        }
        Path dir = folder.toAbsolutePath().normalize();
        Path top = root.toAbsolutePath().normalize();
        if (!dir.startsWith(top)) {
            return null;
        }
        for (; dir != null && dir.startsWith(top); dir = dir.getParent()) {
            Path candidate = dir.resolve(SettingsFile.NAME);
            if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return staysInside(candidate, top) ? candidate : null;
            }
        }
        return null;
    }
}
