package dockerfilels.settings;

import java.util.HashMap;
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

    /** These settings with every key that {@code override} sets replacing ours (rule by rule, category by category). */
    public LintSettings overriddenBy(LintSettings override) {
        if (override == null || override.equals(DEFAULT)) {
            return this;
        }
        Map<String, RuleLevel> r = new HashMap<>(rules);
        r.putAll(override.rules);
        Map<String, RuleLevel> c = new HashMap<>(categories);
        c.putAll(override.categories);
        return new LintSettings(r, c, override.buildContext != null ? override.buildContext : buildContext);
    }
}
