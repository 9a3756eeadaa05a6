package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;

/** BuildKit's MaintainerDeprecated: MAINTAINER is deprecated; a label says the same. */
public final class MaintainerDeprecated implements InstructionRule {
    private static final RuleInfo INFO = BuildKitChecks.info("MaintainerDeprecated", "maintainer-deprecated",
            "The MAINTAINER instruction is deprecated, use a label instead to define an image author",
            "MAINTAINER was deprecated in Docker 1.13. The OCI annotation org.opencontainers.image.authors, set with a"
                    + " LABEL, records the same information where image tools look for it. hadolint calls this DL4000.",
            "FROM alpine\nMAINTAINER moby@example.com\n",
            "FROM alpine\nLABEL org.opencontainers.image.authors=\"moby@example.com\"\n").withAliases("DL4000");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (instruction.is(Keyword.MAINTAINER)) {
            findings.report(instruction, instruction.keyword().range(),
                    "Maintainer instruction is deprecated in favor of using label", fix(instruction));
        }
    }

    /** {@code MAINTAINER x} becomes {@code LABEL org.opencontainers.image.authors="x"} on the same lines. */
    private static Fix fix(Instruction instruction) {
        if (instruction.rest() == null || instruction.startLine() != instruction.endLine()) {
            return null;
        }
        String keyword = instruction.keyword().text();
        String label = keyword.equals(keyword.toLowerCase(java.util.Locale.ROOT)) ? "label" : "LABEL";
        TextRange range = new TextRange(instruction.keyword().range().start(), instruction.rest().range().end());
        return Fix.safe("Replace MAINTAINER with a LABEL",
                new TextEdit(range, label + " org.opencontainers.image.authors=" + GoQuote.quote(instruction.rest().text()).replace("$", "\\$")));
    }
}
