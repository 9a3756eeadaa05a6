package dockerfilels.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A settings file ({@code .dockerfile-ls.json}, or {@code check --config FILE}): the settings
 * object itself, as JSON. A file larger than {@link #MAX_BYTES}, unreadable or not JSON gives
 * one warning and no settings; a bad value inside costs only that value.
 */
public final class SettingsFile {
    /** The project file's name, looked for from a Dockerfile's folder up to the workspace root. */
    public static final String NAME = ".dockerfile-ls.json";
    public static final long MAX_BYTES = 1 << 20;

    private SettingsFile() {
    }

    public static LintSettings read(Path file, Consumer<String> warnings) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                warnings.accept(file + ": larger than 1 MiB; ignored");
                return LintSettings.DEFAULT;
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            warnings.accept(file + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); ignored");
            return LintSettings.DEFAULT;
        }
        return SettingsJson.read(text, file.toString(), warnings);
    }
}
