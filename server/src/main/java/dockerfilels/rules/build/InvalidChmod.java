package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;

/**
 * ADD/COPY {@code --chmod} with a number that is not an octal mode up to 07777
 * ({@code dockerfile2llb/convert_copy.go}). Symbolic modes ({@code u+x}) are BuildKit's to judge
 * and are left alone, as are values with variables.
 */
public final class InvalidChmod implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidChmod", "copy---chmod",
            "ADD/COPY --chmod number that is not an octal mode",
            "--chmod takes an octal mode between 0 and 07777 (644, 0755) or a symbolic mode (u+x, go=rX).",
            "FROM alpine\nCOPY --chmod=789 run.sh /\n", "FROM alpine\nCOPY --chmod=755 run.sh /\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.ADD) && !instruction.is(Keyword.COPY)) {
            return;
        }
        Flag flag = instruction.flag("chmod");
        if (flag != null && flag.value() != null && isBadNumber(flag.value())) {
            findings.report(instruction, BuildErrors.valueRange(flag), "invalid chmod parameter: '" + flag.value()
                    + "'. it should be octal string and between 0 and 07777");
        }
    }

    /** A value of decimal digits that is not an octal number up to 07777. */
    static boolean isBadNumber(String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (!InvalidMount.isUint32(value, 8)) {
            return true;
        }
        return Long.parseLong(value, 8) > 07777;
    }
}
