package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Severity;

/** {@code COPY --from=0} (or a mount {@code from=0}) where that stage has a name: use the name. */
public final class NumericStageReference implements StageRule {
    private static final RuleInfo INFO = OptimizeRules.info("NumericStageReference", Severity.INFORMATION, Category.BEST_PRACTICE,
            "A stage referenced by its index although it has a name",
            "`--from=0` names a stage by its position: adding or moving a stage silently makes it copy from another"
                    + " one, and readers must count FROM lines. The stage's name says what is meant and survives"
                    + " reordering.",
            "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=0 /app /app\n",
            "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        for (StageReferences.Use use : StageReferences.in(context, stage)) {
            if (use.target() == null || use.target().name() == null || !use.text().chars().allMatch(Character::isDigit)
                    || use.instruction() == use.user().from()) {
                continue;
            }
            String name = use.target().nameWord().text();
            Fix fix = use.exact() ? Fix.safe("Use the stage name '" + name + "'", new TextEdit(use.range(), name)) : null;
            findings.report(use.instruction(), use.range(), "Stage " + use.text() + " has a name: refer to it as '" + name + "'", fix);
        }
    }
}
