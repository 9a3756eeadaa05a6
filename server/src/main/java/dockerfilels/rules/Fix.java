package dockerfilels.rules;

import java.util.List;

/**
 * A quick fix: a title for the editor's menu, the edits it makes to the Dockerfile and the files
 * it creates beside it. {@code safe} fixes change nothing but what the rule names and are applied
 * by "fix all" and {@code check --fix}; a fix that creates a file is never safe, since only the
 * editor (as a resource operation the user accepts) may write a new file.
 */
public record Fix(String title, List<TextEdit> edits, boolean safe, List<NewFile> files) {

    /**
     * A file to create with {@code text}, unless it exists. {@code path} is relative to the
     * Dockerfile's folder, with {@code /} separators.
     */
    public record NewFile(String path, String text) {
    }

    public Fix {
        edits = List.copyOf(edits);
        files = List.copyOf(files);
        if (safe && !files.isEmpty()) {
            throw new IllegalArgumentException("a fix that creates files is not safe");
        }
    }

    public Fix(String title, List<TextEdit> edits, boolean safe) {
        this(title, edits, safe, List.of());
    }

    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), true);
    }

    /** A fix that only creates a file. */
    public static Fix create(String title, NewFile file) {
        return new Fix(title, List.of(), false, List.of(file));
    }

    /** Whether applying it changes anything. */
    public boolean isEmpty() {
        return edits.isEmpty() && files.isEmpty();
    }
}
