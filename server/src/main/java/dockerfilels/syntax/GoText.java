package dockerfilels.syntax;

/** Go's string functions where Java's differ: BuildKit's behaviour depends on them. */
public final class GoText {
    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}. Java's {@code Character.isWhitespace} differs (U+00A0, U+001C..U+001F). */
    public static boolean isSpace(int c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** The ASCII separators BuildKit splits an instruction's keyword and plain arguments on. */
    public static boolean isSeparator(char c) {
        return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
    }

    /** Go's {@code strings.ToLower}: the simple lower-case mapping of each code point, no locale rules. */
    public static String toLower(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int lower = Character.toLowerCase(c);
            if (lower != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(lower);
            }
            i += Character.charCount(c);
        }
        return out == null ? s : out.toString();
    }

    /** Offset of the first char at or after {@code from} (below {@code to}) that is not a Go space. */
    static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset just after the last char before {@code to} (at or after {@code from}) that is not a Go space. */
    static int trimSpaceEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Levenshtein distance, for BuildKit's "did you mean" hints (suggested when below 3). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether Go's strings.ToLower leaves s as it is (checked without building the lowered string). */
    public static boolean isLower(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.toLowerCase(c) != c) { // ASCII without the case tables, for speed
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Whether Go's strings.ToUpper leaves s as it is. */
    public static boolean isUpper(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < 0x80 ? c >= 'a' && c <= 'z' : Character.toUpperCase(c) != c) { // ASCII without the case tables, for speed
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
