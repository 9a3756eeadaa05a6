package dockerfilels.settings;

import java.util.Map;

/**
 * How the user wants the rules: a level per rule (by id or alias) and per category id
 * ({@code buildkit-check}, {@code best-practice} ...), and the build context folder relative
 * to the Dockerfile's folder (null: the Dockerfile's folder). Immutable.
 */
public record LintSettings(Map<String, RuleLevel> rules, Map<String, RuleLevel> categories, String buildContext) {

    public static final LintSettings DEFAULT = new LintSettings(Map.of(), Map.of(), null);

    public LintSettings {
        rules = Map.copyOf(rules);
        categories = Map.copyOf(categories);
    }
}
