package dockerfilels.features.cursor;

import dockerfilels.rules.RuleInfo;

/** A rule explained in Markdown: what completion shows for a rule name and hover for a diagnostic. */
public final class RuleDocs {
    private RuleDocs() {
    }

    public static String of(RuleInfo info) {
        String aliases = info.aliases().isEmpty() ? "" : " (also " + String.join(", ", info.aliases()) + ")";
        return Markdown.of().paragraph("**" + info.id() + "**" + aliases + ": " + info.description())
                .paragraph(info.explanation())
                .paragraph(info.badExample() == null ? null : "Bad:").code("dockerfile", info.badExample())
                .paragraph(info.goodExample() == null ? null : "Good:").code("dockerfile", info.goodExample())
                .link("Documentation of " + info.id(), info.url()).toString();
    }
}
