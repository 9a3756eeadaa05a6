package dockerfilels.features.completion;

import dockerfilels.syntax.TextRange;

/**
 * One proposal: its label, what kind of thing it is, a short detail, Markdown documentation,
 * and the text that replaces {@code range} (a snippet with {@code ${1:placeholder}}s when
 * {@code snippet}). {@code sortText} keeps the order the provider chose.
 */
public record CompletionItem(String label, Kind kind, String detail, String documentation, String insertText,
        boolean snippet, TextRange range, String sortText, boolean deprecated) {

    /** What a proposal is; the LSP front maps these to the protocol's item kinds. */
    public enum Kind {
        KEYWORD, FLAG, VALUE, VARIABLE, OPERATOR, STAGE, IMAGE, FILE, FOLDER, DIRECTIVE, RULE, TEXT
    }

    /** A proposal that inserts its label as plain text over {@code range}. */
    public static CompletionItem of(String label, Kind kind, TextRange range) {
        return new CompletionItem(label, kind, null, null, label, false, range, null, false);
    }

    public CompletionItem detail(String text) {
        return new CompletionItem(label, kind, text, documentation, insertText, snippet, range, sortText, deprecated);
    }

    public CompletionItem documentation(String markdown) {
        return new CompletionItem(label, kind, detail, markdown, insertText, snippet, range, sortText, deprecated);
    }

    /** Inserts {@code text} instead of the label; a snippet when {@code isSnippet}. */
    public CompletionItem insert(String text, boolean isSnippet) {
        return new CompletionItem(label, kind, detail, documentation, text, isSnippet, range, sortText, deprecated);
    }

    public CompletionItem sortText(String text) {
        return new CompletionItem(label, kind, detail, documentation, insertText, snippet, range, text, deprecated);
    }

    public CompletionItem deprecated(boolean isDeprecated) {
        return new CompletionItem(label, kind, detail, documentation, insertText, snippet, range, sortText, isDeprecated);
    }
}
