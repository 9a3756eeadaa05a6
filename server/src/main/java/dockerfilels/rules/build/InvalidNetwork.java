package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.List;

/** {@code RUN --network} other than default, none or host (checked as written: BuildKit does not expand it). */
public final class InvalidNetwork implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidNetwork", "run---network",
            "RUN --network value that BuildKit rejects",
            "RUN --network takes default, none or host, in lower case. BuildKit does not expand variables in it.",
            "FROM alpine\nRUN --network=off wget example.com\n", "FROM alpine\nRUN --network=none make test\n");
    private static final List<String> MODES = List.of("default", "none", "host");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        Flag flag = instruction.is(Keyword.RUN) ? instruction.flag("network") : null;
        if (flag != null && flag.value() != null && !MODES.contains(flag.value())) {
            findings.report(instruction, BuildErrors.valueRange(flag), "invalid network mode " + GoQuote.quote(flag.value()));
        }
    }
}
