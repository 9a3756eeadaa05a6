package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.regex.Pattern;

/**
 * {@code FROM --platform} values no platform can match (containerd's {@code platforms.Parse}, which
 * BuildKit runs on every stage): wildcards, more than os/arch/variant, or a part with characters
 * outside {@code [A-Za-z0-9_.-]}. Whether an os or architecture exists is not judged, and values with
 * variables are only known after expansion.
 */
public final class InvalidPlatform implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidPlatform", "from",
            "FROM --platform value that cannot be a platform",
            "--platform takes os[/arch[/variant]], e.g. linux/amd64 or linux/arm/v7, or a variable such as $BUILDPLATFORM.",
            "FROM --platform=linux/amd64/v2/extra alpine\n", "FROM --platform=linux/amd64 alpine\n");
    private static final String COMPONENT = "^[A-Za-z0-9_.-]+$";
    private static final Pattern COMPONENT_PATTERN = Pattern.compile(COMPONENT);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        Flag flag = instruction.is(Keyword.FROM) ? instruction.flag("platform") : null;
        if (flag == null || flag.value() == null || flag.value().isEmpty() || BuildErrors.dependsOnExpansion(flag.value())) {
            return;
        }
        String problem = problem(flag.value());
        if (problem != null) {
            findings.report(instruction, BuildErrors.valueRange(flag), "failed to parse platform " + flag.value() + ": " + problem);
        }
    }

    /** platforms.Parse's error for a syntactically impossible specifier, or null. */
    static String problem(String specifier) {
        if (specifier.contains("(")) {
            return null; // os(version): newer containerd reads it; not ours to judge
        }
        if (specifier.contains("*")) {
            return GoQuote.quote(specifier) + ": wildcards not yet supported: not implemented";
        }
        String[] parts = specifier.split("/", -1);
        for (String part : parts) {
            if (!COMPONENT_PATTERN.matcher(part).matches()) {
                return GoQuote.quote(part) + " is an invalid component of " + GoQuote.quote(specifier)
                        + ": platform specifier component must match " + GoQuote.quote(COMPONENT) + ": invalid argument";
            }
        }
        if (parts.length > 3) {
            return GoQuote.quote(specifier) + ": cannot parse platform specifier: invalid argument";
        }
        return null;
    }
}
