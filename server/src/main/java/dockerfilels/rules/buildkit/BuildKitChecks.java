package dockerfilels.rules.buildkit;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Severity;
import java.util.List;

/** What BuildKit's build checks share: category, warning severity, BuildKit's documentation URL. */
final class BuildKitChecks {
    private static final String DOCS = "https://docs.docker.com/go/dockerfile/rule/";

    private BuildKitChecks() {
    }

    /**
     * A BuildKit check's info. {@code slug} is the last part of its documentation URL;
     * {@code description} is BuildKit's text, word for word.
     */
    static RuleInfo info(String name, String slug, String description, String explanation, String bad, String good) {
        return new RuleInfo(name, Severity.WARNING, Category.BUILDKIT_CHECK, description, explanation, bad, good,
                DOCS + slug + "/", List.of(), false);
    }
}
