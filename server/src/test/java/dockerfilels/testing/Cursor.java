package dockerfilels.testing;

import dockerfilels.syntax.TextPosition;

/**
 * A document with a {@code |} cursor marker, for one-line feature tests:
 * {@code Cursor.of("FROM a AS b\nCOPY --from=|")} gives the text without the marker and the
 * marker's position (0-based line, UTF-16 column). A source without a marker is an error, so a
 * test can never silently ask at the wrong place.
 */
public record Cursor(String text, TextPosition position) {

    public static Cursor of(String marked) {
        int at = marked.indexOf('|');
        if (at < 0) {
            throw new IllegalArgumentException("no | cursor marker in: " + marked);
        }
        if (marked.indexOf('|', at + 1) >= 0) {
            throw new IllegalArgumentException("more than one | cursor marker in: " + marked
                    + " (write a literal bar with Cursor.of(text, line, column))");
        }
        String text = marked.substring(0, at) + marked.substring(at + 1);
        return new Cursor(text, positionOf(marked, at));
    }

    /** A document whose text contains a literal {@code |}: the cursor is given explicitly. */
    public static Cursor of(String text, int line, int character) {
        return new Cursor(text, new TextPosition(line, character));
    }

    private static TextPosition positionOf(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart);
    }
}
