package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.syntax.Heredoc;

/**
 * In a here-document's body: its closing delimiter, when the heredoc is still open or the cursor
 * is on its terminator line (after leading tabs for {@code <<-}).
 */
final class HeredocCompletion {
    private HeredocCompletion() {
    }

    static void complete(Proposals proposals, Heredoc heredoc) {
        CursorContext cursor = proposals.cursor();
        boolean onTerminator = heredoc.terminated() && heredoc.terminator().start().line() == cursor.position().line();
        if (heredoc.terminated() && !onTerminator) {
            return;
        }
        String before = cursor.before();
        int start = 0;
        while (heredoc.chomp() && start < before.length() && before.charAt(start) == '\t') {
            start++;
        }
        if (!heredoc.name().startsWith(before.substring(start)) || heredoc.name().isEmpty()) {
            return;
        }
        proposals.add(CompletionItem.of(heredoc.name(), CompletionItem.Kind.KEYWORD, proposals.from(start))
                .detail("end of the here-document").documentation("Ends the here-document opened with `"
                        + heredoc.marker().text() + "` on line " + (heredoc.marker().range().start().line() + 1) + "."));
    }
}
