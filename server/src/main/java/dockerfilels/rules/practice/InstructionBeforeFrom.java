package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;

/**
 * hadolint's DL3061: an instruction other than ARG before the first FROM. BuildKit refuses the file
 * ("no build stage in current context"), so this is an error. Unknown instructions are left to the
 * parser's own diagnostic.
 */
public final class InstructionBeforeFrom implements Rule {
    private static final RuleInfo INFO = PracticeRules.info("InstructionBeforeFrom", Severity.ERROR, Category.CORRECTNESS,
            "An instruction before the first FROM",
            "Only ARG (and parser directives and comments) may come before the first FROM: every other instruction"
                    + " needs a stage to act on, and BuildKit stops with \"no build stage in current context\".",
            "ENV APP=/app\nFROM alpine\n", "FROM alpine\nENV APP=/app\n", "DL3061");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        for (Instruction instruction : context.model().instructions()) {
            if (instruction.is(Keyword.FROM)) {
                return;
            }
            if (instruction.kind() != null && !instruction.is(Keyword.ARG)) {
                findings.report(instruction, instruction.keyword().range(), "no build stage in current context");
            }
        }
    }
}
