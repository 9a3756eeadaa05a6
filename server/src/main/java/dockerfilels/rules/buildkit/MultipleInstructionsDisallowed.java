package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * BuildKit's MultipleInstructionsDisallowed: a second CMD, ENTRYPOINT or HEALTHCHECK in one
 * stage; reported on the earlier one, which has no effect (stages built FROM another stage do
 * not count the parent's). BuildKit raises it while dispatching the later one
 * ({@code dockerfile2llb/convert.go} {@code validateUsedOnce}, with the linter merged from that
 * command's comments), so a {@code # check=} comment above the later instruction skips it and
 * one above the earlier does not.
 */
public final class MultipleInstructionsDisallowed implements StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("MultipleInstructionsDisallowed", "multiple-instructions-disallowed",
            "Multiple instructions of the same type should not be used in the same stage",
            "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the earlier ones are dead code"
                    + " that misleads readers. It answers to hadolint's DL3012 (HEALTHCHECK), DL4003 (CMD) and DL4004"
                    + " (ENTRYPOINT); as in BuildKit the overridden (earlier) instruction is reported, where hadolint reports"
                    + " the later one.",
            "FROM alpine\nCMD [\"echo\", \"hello\"]\nCMD [\"echo\", \"world\"]\n", "FROM alpine\nCMD [\"echo\", \"world\"]\n").withAliases("DL3012", "DL4003", "DL4004");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Map<Keyword, Instruction> last = new EnumMap<>(Keyword.class);
        for (Instruction instruction : stage.instructions()) {
            Keyword kind = instruction.kind();
            if (kind != Keyword.CMD && kind != Keyword.ENTRYPOINT && kind != Keyword.HEALTHCHECK) {
                continue;
            }
            Instruction earlier = last.put(kind, instruction);
            if (earlier != null) {
                findings.report(earlier, earlier.keyword().range(), "Multiple " + instruction.keyword().text()
                        + " instructions should not be used in the same stage because only the last one will be used",
                        new Fix("Remove the overridden " + earlier.keyword().text(),
                                List.of(BuildKitChecks.deleteLines(context.model(), earlier)), false), instruction);
            }
        }
    }
}
