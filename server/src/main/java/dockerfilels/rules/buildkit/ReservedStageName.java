package dockerfilels.rules.buildkit;

import dockerfilels.rules.FileWideRule;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.GoQuote;
import java.util.Set;

/** BuildKit's ReservedStageName: a stage named "scratch" or "context" (in any case). */
public final class ReservedStageName implements FileWideRule {
    private static final Set<String> RESERVED = Set.of("context", "scratch");
    private static final RuleInfo INFO = BuildKitChecks.info("ReservedStageName", "reserved-stage-name",
            "Reserved words should not be used as stage names",
            "\"scratch\" is the empty image and \"context\" names the build context in some places; a stage with"
                    + " one of these names makes references to it ambiguous.",
            "FROM alpine AS scratch\n", "FROM alpine AS base\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        for (Stage stage : context.stages().all()) {
            if (stage.name() != null && RESERVED.contains(stage.name())) {
                findings.report(stage.from(), stage.nameWord().range(),
                        "Stage name should not use the same name as reserved stage " + GoQuote.quote(stage.name()));
            }
        }
    }
}
