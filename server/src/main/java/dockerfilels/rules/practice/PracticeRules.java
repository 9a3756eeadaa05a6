package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleDocs;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Severity;
import java.util.List;

/** What the best-practice rules share: their info, with hadolint's DL codes as aliases. */
final class PracticeRules {
    private PracticeRules() {
    }

    /**
     * A rule's info; {@code severity} null for a rule that is off by default; {@code codes}: the
     * hadolint rules it mirrors (none for a rule of our own).
     */
    static RuleInfo info(String id, Severity severity, Category category, String description, String explanation, String bad,
            String good, String... codes) {
        return new RuleInfo(id, severity, category, description, explanation, bad, good, RuleDocs.url(id), List.of(codes), false);
    }
}
