package dockerfilels.rules.optimize;

import dockerfilels.rules.LintContext;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sources of an ADD, expanded with the variables in scope, and what kind each is. */
final class AddSources {
    /** One source: the word as written and its value, or null when a variable in it has no value. */
    record Source(Word word, String value) {
        boolean isUrl() {
            String v = value.toLowerCase(Locale.ROOT);
            return v.startsWith("http://") || v.startsWith("https://");
        }

        boolean isGit() {
            String v = value.toLowerCase(Locale.ROOT);
            return v.startsWith("git@") || v.startsWith("git://") || v.startsWith("ssh://")
                    || (isUrl() && (v.endsWith(".git") || v.contains(".git#")));
        }

        /** Whether ADD would unpack it: a local tar archive, possibly compressed. */
        boolean isArchive() {
            String v = value.toLowerCase(Locale.ROOT);
            for (String extension : List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tb2", ".tar.xz", ".txz",
                    ".tar.zst", ".tzst", ".tar.lz", ".tlz", ".tar.lzma", ".tar.z", ".taz", ".gz", ".bz2", ".xz", ".zst", ".lz",
                    ".lzma", ".z")) {
                if (v.endsWith(extension)) {
                    return true;
                }
            }
            return false;
        }
    }

    private AddSources() {
    }

    /** The sources of an ADD (heredocs left out); a source whose variables have no value has a null value. */
    static List<Source> of(LintContext context, Instruction add) {
        List<Source> sources = new ArrayList<>();
        List<Word> args = add.arguments();
        ShellLexer lexer = new ShellLexer(context.model().escape());
        for (int i = 0; i < args.size() - 1; i++) {
            Word word = args.get(i);
            if (!add.heredocs().isEmpty() && word.text().startsWith("<<")) {
                continue;
            }
            String value = word.text();
            if (!add.isJson()) {
                try {
                    var expansion = lexer.processWordWithMatches(word.text(), context.variables().before(add).env());
                    value = expansion.unmatched().isEmpty() ? expansion.result() : null;
                } catch (ShellException e) {
                    value = null;
                }
            }
            sources.add(new Source(word, value));
        }
        return sources;
    }
}
