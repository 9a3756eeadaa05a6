package dockerfilels.rules;

import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;

/**
 * What a rule found: where, what to say, and optionally how to fix it. {@code anchor} is the
 * instruction it belongs to (comments above it can skip or ignore the rule), or null for a
 * finding about the whole file.
 */
public record Finding(RuleInfo rule, Instruction anchor, TextRange range, String message, Fix fix) {
}
