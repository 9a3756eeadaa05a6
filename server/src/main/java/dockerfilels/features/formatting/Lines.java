package dockerfilels.features.formatting;

import dockerfilels.syntax.LineIndex;

/**
 * The lines of a text as formatting sees them: where each starts, where its content ends
 * (before its line break), its leading and trailing blanks. Blanks are spaces and tabs only,
 * the whitespace BuildKit itself trims; other characters (a BOM, a form feed) are content.
 */
final class Lines {
    final String text;
    final LineIndex index;

    Lines(String text) {
        this.text = text;
        this.index = LineIndex.of(text);
    }

    int count() {
        return index.lineCount();
    }

    int start(int line) {
        return index.lineStart(line);
    }

    int end(int line) {
        return index.contentEnd(line, text);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Offset of the first non-blank character of the line, or its end. */
    int firstNonBlank(int line) {
        int i = start(line);
        int end = end(line);
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset just after the last non-blank character of the line, or its start. */
    int afterLastNonBlank(int line) {
        int start = start(line);
        int i = end(line);
        while (i > start && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    boolean isBlankLine(int line) {
        return firstNonBlank(line) == end(line);
    }

    String indentation(int line) {
        return text.substring(start(line), firstNonBlank(line));
    }

    /** Whether the line break after this line is a lone carriage return, which BuildKit does not take as one. */
    boolean endsWithLoneCr(int line) {
        int end = end(line);
        return end < text.length() && text.charAt(end) == '\r' && (end + 1 >= text.length() || text.charAt(end + 1) != '\n');
    }

    /** Whether the line's content, blanks trimmed, ends with the escape character (a continuation). */
    boolean continues(int line, char escape) {
        int last = afterLastNonBlank(line);
        return last > start(line) && text.charAt(last - 1) == escape;
    }
}
