package dockerfilels.rules;

import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;

/**
 * What a rule found: where, what to say, and optionally how to fix it. {@code anchor} is the
 * instruction it belongs to (comments above it can ignore the rule), or null for a finding about
 * the whole file. {@code checkAnchor} is the instruction whose {@code # check=} comments apply:
 * BuildKit merges the comments of the instruction it is dispatching when the check fires, which
 * is nearly always {@code anchor}.
 */
public record Finding(RuleInfo rule, Instruction anchor, TextRange range, String message, Fix fix, Instruction checkAnchor) {
    /** A finding whose {@code # check=} comments are those of its own instruction. */
    public Finding(RuleInfo rule, Instruction anchor, TextRange range, String message, Fix fix) {
        this(rule, anchor, range, message, fix, anchor);
    }
}
