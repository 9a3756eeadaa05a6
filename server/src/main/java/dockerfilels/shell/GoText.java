package dockerfilels.shell;

/** The few Go standard-library text rules BuildKit's lexer depends on. */
final class GoText {
    private GoText() {
    }

    /**
     * Go's {@code unicode.IsSpace}: the Latin-1 spaces plus the Unicode White_Space characters.
     * BuildKit splits words with it, so it is not Java's {@code Character.isWhitespace}.
     */
    static boolean isSpace(int cp) {
        if (cp <= 0xFF) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0;
        }
        return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Go's {@code unicode.IsLetter || unicode.IsDigit || '_'}: a character of a variable name. */
    static boolean isNameChar(int cp) {
        return Character.isLetter(cp) || Character.isDigit(cp) || cp == '_';
    }

    /** Go's {@code string(rune)}: end of input (-1) prints as the replacement character. */
    static String runeString(int cp) {
        return cp < 0 ? "\uFFFD" : Character.toString(cp);
    }

    /** An approximation of Go's {@code %q}, enough for error messages. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.getType(cp) == Character.CONTROL) {
                        out.append(cp < 0x80 ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
