package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the proposals of one request: each replaces the text from a given column up to the
 * cursor and is kept only if that text is a prefix of it (case-insensitive), so a list holds only
 * what fits. Order is the order they were added.
 */
final class Proposals {
    private final CursorContext cursor;
    private final boolean snippets;
    private final List<CompletionItem> items = new ArrayList<>();

    Proposals(CursorContext cursor, boolean snippets) {
        this.cursor = cursor;
        this.snippets = snippets;
    }

    CursorContext cursor() {
        return cursor;
    }

    boolean snippets() {
        return snippets;
    }

    /** The range from {@code column} on the cursor's line to the cursor. */
    TextRange from(int column) {
        return new TextRange(cursor.at(column), cursor.position());
    }

    /** The range from {@code column} to {@code end} on the cursor's line (a word the proposal replaces whole). */
    TextRange between(int column, int end) {
        return new TextRange(cursor.at(column), cursor.at(Math.max(end, cursor.column())));
    }

    /** The typed text from {@code column} to the cursor. */
    String typed(int column) {
        return cursor.line().substring(Math.min(column, cursor.column()), cursor.column());
    }

    /** Adds {@code item} if what is typed over its range is a prefix of its label (or of {@code filter}). */
    void add(CompletionItem item) {
        String typed = cursor.line().substring(item.range().start().character(), cursor.column()).toLowerCase(Locale.ROOT);
        if (item.label().toLowerCase(Locale.ROOT).startsWith(typed)
                || item.insertText().toLowerCase(Locale.ROOT).startsWith(typed)) {
            items.add(item);
        }
    }

    boolean contains(String label) {
        return items.stream().anyMatch(i -> i.label().equals(label));
    }

    List<CompletionItem> items() {
        List<CompletionItem> sorted = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            sorted.add(items.get(i).sortText(String.format("%04d", i)));
        }
        return sorted;
    }

    /** Text as a snippet's literal part: {@code $}, {@code }} and {@code \} escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '$' || c == '}' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A snippet placeholder {@code ${n:text}}, its text escaped. */
    static String placeholder(int n, String text) {
        return "${" + n + ":" + escape(text) + "}";
    }

    /** A snippet choice {@code ${n|a,b|}}. */
    static String choice(int n, List<String> values) {
        List<String> escaped = values.stream().map(v -> escape(v).replace(",", "\\,").replace("|", "\\|")).toList();
        return "${" + n + "|" + String.join(",", escaped) + "|}";
    }
}
