package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;

/**
 * BuildKit's FromAsCasing: in a FROM of three or more arguments whose keyword is all lower or
 * all upper case, the second word ("as") must have the same casing. A mixed-case FROM is left
 * to ConsistentInstructionCasing.
 */
public final class FromAsCasing implements InstructionRule {
    private static final RuleInfo INFO = BuildKitChecks.info("FromAsCasing", "from-as-casing",
            "The 'as' keyword should match the case of the 'from' keyword",
            "Instruction keywords and the AS of a FROM read best in one casing: FROM ... AS or from ... as.",
            "FROM debian:latest as builder\n", "FROM debian:latest AS builder\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.FROM) || instruction.arguments().size() < 3) {
            return;
        }
        String from = instruction.keyword().text();
        boolean lower = BuildKitChecks.isLower(from);
        if (!lower && !BuildKitChecks.isUpper(from)) {
            return;
        }
        Word as = instruction.arguments().get(1);
        String wanted = lower ? GoText.toLower(as.text()) : BuildKitChecks.toUpper(as.text());
        if (!wanted.equals(as.text())) {
            findings.report(instruction, as.range(), "'" + as.text() + "' and '" + from + "' keywords' casing do not match",
                    BuildKitChecks.isPlainOnOneLine(as) && as.text().equalsIgnoreCase("as")
                            ? Fix.safe("Change '" + as.text() + "' to '" + wanted + "'", new TextEdit(as.range(), wanted))
                            : null);
        }
    }
}
