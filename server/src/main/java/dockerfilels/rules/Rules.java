package dockerfilels.rules;

import dockerfilels.rules.build.InvalidChecksum;
import dockerfilels.rules.build.InvalidChmod;
import dockerfilels.rules.build.InvalidDevice;
import dockerfilels.rules.build.InvalidExposePort;
import dockerfilels.rules.build.InvalidHealthcheckOption;
import dockerfilels.rules.build.InvalidMount;
import dockerfilels.rules.build.InvalidNetwork;
import dockerfilels.rules.build.InvalidPlatform;
import dockerfilels.rules.build.InvalidSecurity;
import dockerfilels.rules.build.InvalidStageReference;
import dockerfilels.rules.build.InvalidStopSignal;
import dockerfilels.rules.build.UnterminatedVariable;
import dockerfilels.rules.buildkit.MaintainerDeprecated;
import java.util.List;

/** Every rule of the project, in the order they run and are documented. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            // BuildKit's build checks (rules/buildkit)
            new MaintainerDeprecated(),
            // What docker build would reject (rules/build)
            new InvalidMount(),
            new InvalidNetwork(),
            new InvalidSecurity(),
            new InvalidDevice(),
            new InvalidStageReference(),
            new InvalidHealthcheckOption(),
            new InvalidExposePort(),
            new InvalidStopSignal(),
            new InvalidChmod(),
            new InvalidChecksum(),
            new InvalidPlatform(),
            new UnterminatedVariable());

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
