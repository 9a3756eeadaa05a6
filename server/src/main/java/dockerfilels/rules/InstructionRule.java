package dockerfilels.rules;

import dockerfilels.syntax.Instruction;

/**
 * A rule that looks at one instruction and nothing else. Its findings are cached with the
 * instruction: an edit re-checks only the instructions it re-parsed or moved, so a keystroke
 * does not re-run such rules over the whole file.
 */
public interface InstructionRule extends Rule {

    /** Checks one instruction; every finding is anchored to it. */
    void check(Instruction instruction, Findings findings);

    @Override
    default void check(LintContext context, Findings findings) {
        for (Instruction instruction : context.model().instructions()) {
            check(instruction, findings);
        }
    }
}
