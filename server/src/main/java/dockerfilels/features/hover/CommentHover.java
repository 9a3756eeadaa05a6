package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.features.cursor.RuleDocs;
import dockerfilels.reference.DirectiveDoc;
import dockerfilels.reference.Reference;
import dockerfilels.rules.Rule;
import dockerfilels.rules.Rules;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.TextRange;
import java.util.Optional;

/**
 * Comments: a parser directive's key, and a rule name anywhere in a comment (in
 * {@code # check=skip=...}, {@code # dockerfile-ls ignore=...}, {@code # hadolint ignore=...}).
 */
final class CommentHover {
    private CommentHover() {
    }

    static Optional<HoverResult> at(CursorContext cursor) {
        String line = cursor.line();
        int start = cursor.column();
        while (start > 0 && isNameChar(line.charAt(start - 1))) {
            start--;
        }
        int end = cursor.column();
        while (end < line.length() && isNameChar(line.charAt(end))) {
            end++;
        }
        String word = line.substring(start, end);
        TextRange range = new TextRange(cursor.at(start), cursor.at(end));
        Directive directive = cursor.directive();
        if (directive != null && directive.keyRange().touches(cursor.position())) {
            DirectiveDoc doc = Reference.directive(directive.key());
            if (doc != null) {
                return Optional.of(new HoverResult(documentation(doc), directive.keyRange()));
            }
        }
        Rule rule = word.isEmpty() ? null : Rules.byName(word);
        if (rule != null) {
            return Optional.of(new HoverResult(RuleDocs.of(rule.info()), range));
        }
        return Optional.empty();
    }

    static String documentation(DirectiveDoc doc) {
        return Markdown.of().paragraph("**# " + doc.name() + "=** (parser directive)").paragraph(doc.description())
                .code("dockerfile", doc.example()).link("Dockerfile reference", doc.url()).toString();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
