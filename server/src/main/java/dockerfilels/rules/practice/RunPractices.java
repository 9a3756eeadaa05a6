package dockerfilels.rules.practice;

import dockerfilels.rules.Fix;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Set;

/**
 * What the rules on what RUN runs share: edits that insert or replace one shell word in place,
 * which keeps the continuations, indentation and comments around it as they are, and a few
 * questions about commands and images.
 */
final class RunPractices {
    /** The shells a RUN can hand a script to. */
    static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

    private RunPractices() {
    }

    /**
     * Whether a word is written on one line exactly as its raw text, so an edit at its edges lands
     * where the shell sees it (not so for an exec-form JSON string, or a word cut by a continuation).
     */
    static boolean editable(ShellWord word) {
        TextRange r = word.range();
        return r.start().line() == r.end().line() && r.end().character() - r.start().character() == word.raw().length();
    }

    /** Inserts {@code text} right after a word; null when the word cannot be edited in place. */
    static TextEdit insertAfter(ShellWord word, String text) {
        return editable(word) ? new TextEdit(new TextRange(word.range().end(), word.range().end()), text) : null;
    }

    /** Replaces a word with {@code text}; null when the word cannot be edited in place. */
    static TextEdit replace(ShellWord word, String text) {
        return editable(word) ? new TextEdit(word.range(), text) : null;
    }

    /** A fix of one edit, or null when there is no edit. */
    static Fix fix(String title, TextEdit edit, boolean safe) {
        return edit == null ? null : new Fix(title, List.of(edit), safe);
    }

    /** The word of a subcommand ({@code install}) among a command's operands, or null. */
    static ShellWord operand(List<ShellWord> operands, int index) {
        return index < operands.size() ? operands.get(index) : null;
    }

    /**
     * Whether a stage's image comes from an Alpine or BusyBox image (following {@code FROM <stage>}),
     * whose sh and wget are BusyBox's.
     */
    static boolean busyBox(Stages stages, Stage stage) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        Stage current = stage;
        while (current.base() != null && seen.add(current.index())) {
            Stage parent = stages.named(current.base().text(), current.index());
            if (parent == null) {
                String image = current.base().text().toLowerCase(java.util.Locale.ROOT);
                return image.contains("alpine") || image.contains("busybox");
            }
            current = parent;
        }
        return false;
    }

    /** Whether any word of the command has one of these values. */
    static boolean anyWordIs(ShellCommand command, Set<String> values) {
        return command.arguments().stream().anyMatch(w -> values.contains(w.value()));
    }
}
