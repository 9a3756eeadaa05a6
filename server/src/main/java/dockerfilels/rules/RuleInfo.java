package dockerfilels.rules;

import dockerfilels.syntax.Severity;
import java.util.List;

/**
 * What a rule is, for users and docs: its stable id (BuildKit's name for BuildKit's checks),
 * default severity, category, one-line description, explanation, a bad and a good example,
 * the documentation URL, other names it answers to (hadolint's DL codes), and whether it is
 * experimental (runs only when enabled with {@code # check=experimental=...}). A null default
 * severity means off by default: the rule runs only when a setting gives it a level by id or alias.
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

    /** The same rule answering to these aliases too (hadolint's DL codes for an equivalent check). */
    public RuleInfo withAliases(String... more) {
        List<String> all = new java.util.ArrayList<>(aliases);
        all.addAll(List.of(more));
        return new RuleInfo(id, defaultSeverity, category, description, explanation, badExample, goodExample, url, all, experimental);
    }

    /** Rules are keyed by their id, which is unique; hashing every text of a rule on each lookup would be waste. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof RuleInfo r && id.equals(r.id) && defaultSeverity == r.defaultSeverity
                && category == r.category && description.equals(r.description) && explanation.equals(r.explanation)
                && java.util.Objects.equals(badExample, r.badExample) && java.util.Objects.equals(goodExample, r.goodExample)
                && java.util.Objects.equals(url, r.url) && aliases.equals(r.aliases) && experimental == r.experimental;
    }

    /** Whether the rule is off unless a setting names it ({@code defaultSeverity} null), as hadolint's DL3057. */
    public boolean offByDefault() {
        return defaultSeverity == null;
    }
}
