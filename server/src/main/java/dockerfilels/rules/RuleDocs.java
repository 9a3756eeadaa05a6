package dockerfilels.rules;

import java.util.Locale;

/** Where this project's own rules are documented: their entry in the generated rules reference. */
public final class RuleDocs {
    private static final String REFERENCE = "https://github.com/dockerfile-ls/dockerfile-ls/blob/main/docs/rules.md#";

    private RuleDocs() {
    }

    /** The URL of a rule's entry in {@code docs/rules.md}. */
    public static String url(String id) {
        return REFERENCE + id.toLowerCase(Locale.ROOT);
    }
}
