package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.features.cursor.RuleDocs;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.Rule;
import dockerfilels.rules.Rules;
import dockerfilels.syntax.Diagnostic;
import java.util.Optional;

/** The rules behind the diagnostics under the cursor: the message, then the rule's explanation. */
final class DiagnosticHover {
    private DiagnosticHover() {
    }

    static Optional<HoverResult> at(CursorContext cursor, LintResult lint) {
        if (lint == null) {
            return Optional.empty();
        }
        Markdown doc = Markdown.of();
        Diagnostic first = null;
        for (Diagnostic diagnostic : lint.diagnostics()) {
            Rule rule = diagnostic.code() == null ? null : Rules.byName(diagnostic.code());
            if (rule == null || !diagnostic.range().touches(cursor.position())) {
                continue;
            }
            if (first != null) {
                doc.rule();
            }
            first = first == null ? diagnostic : first;
            doc.paragraph("**" + diagnostic.message().replace("*", "\\*") + "**").paragraph(RuleDocs.of(rule.info()));
        }
        return first == null ? Optional.empty() : Optional.of(new HoverResult(doc.toString(), first.range()));
    }
}
