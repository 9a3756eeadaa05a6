package dockerfilels.rules;

import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import java.util.List;

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

    /**
     * Checks the instructions before the first FROM (there are few; they are checked on every lint,
     * with nothing kept). Most rules have nothing to say about them.
     */
    default void checkPreamble(LintContext context, List<Instruction> preamble, Findings findings) {
    }

    @Override
    default void check(LintContext context, Findings findings) {
        checkPreamble(context, context.preamble(), findings);
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
        default void checkPreamble(LintContext context, List<Instruction> preamble, Findings findings) {
            for (Instruction instruction : preamble) {
                check(context, instruction, findings);
            }
        }
    }
}
