package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleDocs;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Severity;
import java.util.List;

/** What the rules from hadolint's practices share: their info, with the DL code as alias. */
final class PracticeRules {
    private PracticeRules() {
    }

    /** A rule's info; {@code severity} null for a rule that is off by default. */
    static RuleInfo info(String id, String code, Severity severity, Category category, String description, String explanation,
            String bad, String good) {
        return new RuleInfo(id, severity, category, description, explanation, bad, good, RuleDocs.url(id), List.of(code), false);
    }
}
