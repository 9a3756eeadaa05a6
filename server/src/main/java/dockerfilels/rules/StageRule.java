package dockerfilels.rules;

import dockerfilels.semantics.Stage;

/**
 * A rule that checks one stage at a time, and whose findings in a stage are anchored in it and
 * depend on nothing but: the stage's instructions; those of the stages it is built on
 * ({@code FROM <stage>}) or copies or mounts from; the file's outline ({@link StageOutline}: the
 * instructions before the first FROM, the directives, every stage's FROM line and references); and
 * the settings. The linter keeps those findings with the stage and checks it again only when one of
 * these changed, so a keystroke in one stage does not re-run the rule over the whole file.
 */
public interface StageRule extends Rule {

    /** Checks one stage; every finding is anchored to one of its instructions. */
    void check(LintContext context, Stage stage, Findings findings);

    @Override
    default void check(LintContext context, Findings findings) {
        for (Stage stage : context.stages().all()) {
            check(context, stage, findings);
        }
    }
}
