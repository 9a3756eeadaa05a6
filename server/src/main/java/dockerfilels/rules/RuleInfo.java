package dockerfilels.rules;

import dockerfilels.syntax.Severity;
import java.util.List;

/**
 * What a rule is, for users and docs: its stable id (BuildKit's name for BuildKit's checks),
 * default severity, category, one-line description, explanation, a bad and a good example,
 * the documentation URL, other names it answers to (hadolint's DL codes), and whether it is
 * experimental (runs only when enabled with {@code # check=experimental=...}).
 */
public record RuleInfo(String id, Severity defaultSeverity, Category category, String description, String explanation,
        String badExample, String goodExample, String url, List<String> aliases, boolean experimental) {

    public RuleInfo {
        aliases = List.copyOf(aliases);
    }

    /** Whether this is one of BuildKit's build checks (configurable with {@code # check=}). */
    public boolean isBuildKitCheck() {
        return category == Category.BUILDKIT_CHECK;
    }

    /** Whether {@code name} names this rule: its id or one of its aliases. */
    public boolean answersTo(String name) {
        return id.equals(name) || aliases.contains(name);
    }
}
