package dockerfilels.document;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.ParsedText;
import dockerfilels.syntax.TextRange;

/**
 * An immutable snapshot of an open document: its text and its model. An edit gives a new
 * snapshot that re-parses only the units the edit touches and shares the rest.
 */
public final class Document {
    private final ParsedText parsed;

    private Document(ParsedText parsed) {
        this.parsed = parsed;
    }

    public static Document of(String text) {
        return new Document(ParsedText.of(text));
    }

    /**
     * Replaces {@code range} (the whole text when null) with {@code newText}. Positions outside
     * the text are clamped to it. Never throws.
     */
    public Document edit(TextRange range, String newText) {
        if (range == null) {
            return of(newText);
        }
        int a = parsed.offset(range.start());
        int b = parsed.offset(range.end());
        return new Document(parsed.edit(Math.min(a, b), Math.max(a, b), newText));
    }

    public String text() {
        return parsed.text();
    }

    public Dockerfile model() {
        return parsed.model();
    }
}
