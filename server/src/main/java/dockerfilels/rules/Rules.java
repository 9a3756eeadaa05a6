package dockerfilels.rules;

import dockerfilels.rules.buildkit.CopyIgnoredFile;
import dockerfilels.rules.buildkit.MaintainerDeprecated;
import dockerfilels.rules.buildkit.UndefinedVar;
import dockerfilels.rules.buildkit.FromPlatformFlagConstDisallowed;
import dockerfilels.rules.buildkit.InvalidDefaultArgInFrom;
import dockerfilels.rules.buildkit.RedundantTargetPlatform;
import dockerfilels.rules.buildkit.UndefinedArgInFrom;
import java.util.List;

/** Every rule of the project, in the order they run and are documented. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            // BuildKit's build checks (rules/buildkit)
            new MaintainerDeprecated(),
            new UndefinedArgInFrom(),
            new UndefinedVar(),
            new RedundantTargetPlatform(),
            new InvalidDefaultArgInFrom(),
            new FromPlatformFlagConstDisallowed(),
            new CopyIgnoredFile());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id or alias, or null. */
    public static Rule byName(String name) {
        for (Rule rule : ALL) {
            if (rule.info().answersTo(name)) {
                return rule;
            }
        }
        return null;
    }
}
