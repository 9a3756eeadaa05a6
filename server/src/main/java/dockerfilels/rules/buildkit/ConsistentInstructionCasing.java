package dockerfilels.rules.buildkit;

import dockerfilels.rules.FileWideRule;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's ConsistentInstructionCasing: over the FROMs and the instructions of every stage
 * (not the ARGs before the first FROM), the casing most keywords use (all lower or all upper;
 * upper on a tie) is the rule, and every keyword that differs from it is reported, mixed-case
 * ones always.
 */
public final class ConsistentInstructionCasing implements FileWideRule, StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("ConsistentInstructionCasing", "consistent-instruction-casing",
            "All commands within the Dockerfile should use the same casing (either upper or lower)",
            "Instruction keywords are case-insensitive, but mixing casings makes a Dockerfile harder to read."
                    + " BuildKit takes the casing most instructions use as the one to follow.",
            "FROM alpine\nrun echo hello\n", "FROM alpine\nRUN echo hello\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        // The majority is counted over every stage's FROM and instructions, kept with the outline.
        boolean majorityLower = context.keywordsMostlyLowerCase();
        check(stage.from(), majorityLower, findings);
        for (Instruction instruction : stage.instructions()) {
            if (instruction.kind() != null) {
                check(instruction, majorityLower, findings);
            }
        }
    }

    private static void check(Instruction instruction, boolean majorityLower, Findings findings) {
        String keyword = instruction.keyword().text();
        // For speed: the wanted casing is built only for a keyword that differs from it
        // (the mapping is per code point, so it leaves the keyword as it is exactly when isLower/isUpper holds).
        if (majorityLower ? BuildKitChecks.isLower(keyword) : BuildKitChecks.isUpper(keyword)) {
            return;
        }
        String wanted = majorityLower ? GoText.toLower(keyword) : BuildKitChecks.toUpper(keyword);
        if (!wanted.equals(keyword)) {
            String casing = majorityLower ? "lowercase" : "uppercase";
            findings.report(instruction, instruction.keyword().range(),
                    "Command '" + keyword + "' should match the case of the command majority (" + casing + ")",
                    Fix.safe("Change '" + keyword + "' to '" + wanted + "'", new TextEdit(instruction.keyword().range(), wanted)));
        }
    }
}
