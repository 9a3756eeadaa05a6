package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.List;

/** {@code RUN --security} other than sandbox or insecure (checked as written: BuildKit does not expand it). */
public final class InvalidSecurity implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidSecurity", "run---security",
            "RUN --security value that BuildKit rejects",
            "RUN --security takes sandbox (the default) or insecure, in lower case. BuildKit does not expand variables in it.",
            "FROM alpine\nRUN --security=privileged mount -a\n", "FROM alpine\nRUN --security=insecure mount -a\n");
    private static final List<String> MODES = List.of("sandbox", "insecure");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        Flag flag = instruction.is(Keyword.RUN) ? instruction.flag("security") : null;
        if (flag != null && flag.value() != null && !MODES.contains(flag.value())) {
            findings.report(instruction, BuildErrors.valueRange(flag), "security " + GoQuote.quote(flag.value()) + " is not valid");
        }
    }
}
