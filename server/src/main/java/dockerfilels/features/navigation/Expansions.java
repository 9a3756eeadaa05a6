package dockerfilels.features.navigation;

import dockerfilels.semantics.Variables;
import dockerfilels.shell.Expansion;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;

/** FROM words expanded as BuildKit expands them: with the global ARGs' defaults. */
public final class Expansions {
    private Expansions() {
    }

    /** The word expanded with the global scope, or the word itself when BuildKit could not expand it. */
    public static String resolve(Model model, String word) {
        Expansion expansion = expand(model, word);
        return expansion == null ? word : expansion.result();
    }

    /** The expansion, or null when the lexer rejects the word. */
    public static Expansion expand(Model model, String word) {
        if (word.indexOf('$') < 0) {
            return new Expansion(word, java.util.Set.of(), java.util.Set.of());
        }
        try {
            return new ShellLexer(model.dockerfile().escape()).processWordWithMatches(word, model.variables().global().env());
        } catch (ShellException e) {
            return null;
        }
    }

    /** Whether the expansion depends on a platform argument, whose value depends on the machine that builds. */
    public static boolean dependsOnPlatform(Expansion expansion) {
        for (String name : expansion.matched()) {
            if (Variables.PLATFORM_ARGS.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
