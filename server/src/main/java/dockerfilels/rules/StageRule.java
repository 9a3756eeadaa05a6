package dockerfilels.rules;

import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;

/**
 * A rule that checks one stage at a time, and whose findings in a stage are anchored in it (or in a
 * stage it depends on, see {@link #reportsInOtherStages}) and depend on nothing but: the stage's instructions; those of the stages it is built on
 * ({@code FROM <stage>}) or copies or mounts from; the file's outline ({@link StageOutline}: the
 * instructions before the first FROM, the directives, every stage's FROM line and references); and
 * the settings. The linter keeps those findings with the stage and checks it again only when one of
 * these changed, so a keystroke in one stage does not re-run the rule over the whole file.
 */
public interface StageRule extends Rule {

    /** Checks one stage; every finding is anchored to one of its instructions. */
    void check(LintContext context, Stage stage, Findings findings);

    /**
     * Whether the rule may report in a stage this one depends on (a stage it copies from); then two
     * stages may find the same problem there, and the linter reports it once per range.
     */
    default boolean reportsInOtherStages() {
        return false;
    }

    /**
     * What is checked again on every lint, with nothing kept: the instructions before the first FROM
     * ({@link LintContext#preamble()}, there are few), and a rare case that depends on the whole file
     * (the rule first asks the outline, cheaply, whether the file has one). Most rules have nothing here.
     */
    default void checkEveryLint(LintContext context, Findings findings) {
    }

    @Override
    default void check(LintContext context, Findings findings) {
        checkEveryLint(context, findings);
        for (Stage stage : context.stages().all()) {
            check(context, stage, findings);
        }
    }

    /**
     * A stage rule that looks at each instruction on its own (FROM lines and those before the first
     * FROM included), with what the outline holds: the escape character and the directives.
     */
    interface EachInstruction extends StageRule {

        void check(LintContext context, Instruction instruction, Findings findings);

        @Override
        default void check(LintContext context, Stage stage, Findings findings) {
            check(context, stage.from(), findings);
            for (Instruction instruction : stage.instructions()) {
                check(context, instruction, findings);
            }
        }

        @Override
        default void checkEveryLint(LintContext context, Findings findings) {
            for (Instruction instruction : context.preamble()) {
                check(context, instruction, findings);
            }
        }
    }
}
