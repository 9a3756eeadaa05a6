package dockerfilels.rules;

import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the rule that is running. */
public final class Findings {
    private final List<Finding> findings = new ArrayList<>();
    private RuleInfo current;

    void start(RuleInfo rule) {
        this.current = rule;
    }

    /** Reports a problem at {@code range}, belonging to instruction {@code anchor}. */
    public void report(Instruction anchor, TextRange range, String message) {
        report(anchor, range, message, null);
    }

    /** Reports a problem with a fix. */
    public void report(Instruction anchor, TextRange range, String message, Fix fix) {
        findings.add(new Finding(current, anchor, range, message, fix));
    }

    /**
     * Reports a problem shown on {@code anchor} that BuildKit raises while dispatching
     * {@code checkAnchor}, whose {@code # check=} comments therefore decide whether it is skipped.
     */
    public void report(Instruction anchor, TextRange range, String message, Fix fix, Instruction checkAnchor) {
        findings.add(new Finding(current, anchor, range, message, fix, checkAnchor));
    }

    List<Finding> all() {
        return findings;
    }
}
