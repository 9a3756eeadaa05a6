package dockerfilels.rules.buildkit;

import dockerfilels.rules.FileWideRule;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.GoQuote;
import java.util.HashSet;
import java.util.Set;

/** BuildKit's DuplicateStageName: a stage named (in any case) like an earlier stage; reported on the later one. */
public final class DuplicateStageName implements FileWideRule {
    private static final RuleInfo INFO = BuildKitChecks.info("DuplicateStageName", "duplicate-stage-name",
            "Stage names should be unique",
            "When two stages share a name, COPY --from and FROM refer to the last one defined before them,"
                    + " which is rarely what a reader expects. hadolint's DL3024 compares names case-sensitively; BuildKit,"
                    + " and this rule, ignore case.",
            "FROM debian:latest AS builder\nFROM golang:latest AS builder\n",
            "FROM debian:latest AS deb-builder\nFROM golang:latest AS go-builder\n").withAliases("DL3024");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Set<String> seen = new HashSet<>();
        for (Stage stage : context.stages().all()) {
            String name = stage.name();
            if (name != null && !seen.add(name)) {
                findings.report(stage.from(), stage.nameWord().range(),
                        "Duplicate stage name " + GoQuote.quote(name) + ", stage names should be unique");
            }
        }
    }
}
