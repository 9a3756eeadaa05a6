package dockerfilels.rules;

import java.util.List;

/**
 * A quick fix: a title for the editor's menu and the edits it makes. {@code safe} fixes
 * change nothing but what the rule names and are applied by "fix all" and {@code check --fix}.
 */
public record Fix(String title, List<TextEdit> edits, boolean safe) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), true);
    }
}
