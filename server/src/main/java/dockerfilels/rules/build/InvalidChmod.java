package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;

/**
 * ADD/COPY {@code --chmod} values BuildKit rejects as not octal ({@code dockerfile2llb/convert_copy.go}):
 * an octal number above 07777, or any value that starts with a digit and is not octal, for
 * {@code mode.Parse} (tonistiigi/dchapes-mode) reads such a value as a number and its
 * {@code strconv.NumError} becomes the same message ({@code 64a}, {@code 789}). Symbolic modes
 * ({@code u+x}) are accepted and their syntax errors are BuildKit's own; values with variables are
 * only known after expansion.
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
        if (flag != null && flag.value() != null && !BuildErrors.dependsOnExpansion(flag.value())
                && isBadNumber(flag.value())) {
            findings.report(instruction, BuildErrors.valueRange(flag), "invalid chmod parameter: '" + flag.value()
                    + "'. it should be octal string and between 0 and 07777");
        }
    }

    /** A value that starts with a digit and is not an octal number up to 07777. */
    static boolean isBadNumber(String value) {
        if (value.isEmpty() || value.charAt(0) < '0' || value.charAt(0) > '9') {
            return false;
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '7')) {
            return true;
        }
        String digits = value.replaceFirst("^0+(?=.)", "");
        return digits.length() > 4 || Integer.parseInt(digits, 8) > 07777;
    }
}
