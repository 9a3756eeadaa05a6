package dockerfilels.shell;

/** The {@code ${v#p}} {@code ${v##p}} {@code ${v%p}} {@code ${v%%p}} {@code ${v/p/r}} {@code ${v//p/r}} operations. */
final class PatternModifiers {
    private PatternModifiers() {
    }

    /** {@code #} / {@code ##}: remove the shortest / longest prefix matching {@code pattern}. */
    static String trimPrefix(String pattern, String value, boolean longest, WorkBudget budget) throws ShellException {
        GlobPattern glob = compile(pattern);
        int[] text = value.codePoints().toArray();
        int end = glob.matchEnd(text, 0, longest, budget);
        return end < 0 ? value : new String(text, end, text.length - end);
    }

    /**
     * {@code %} / {@code %%}: remove the shortest / longest suffix. Like BuildKit, both the pattern
     * and the value are reversed and the prefix is trimmed, then the result is reversed back; a
     * pattern ending in a lone backslash is therefore reversed into an escape of its first character,
     * exactly as BuildKit does.
     */
    static String trimSuffix(String pattern, String value, boolean longest, WorkBudget budget) throws ShellException {
        String reversedValue = reverse(value);
        String trimmed = trimPrefix(GlobPattern.reverse(pattern), reversedValue, longest, budget);
        return reverse(trimmed);
    }

    /**
     * {@code /} and {@code //}: replace the first / every match (unanchored, greedy). BuildKit uses
     * Go's {@code ReplaceAllString} for {@code //}, so there the replacement is a Go template
     * ({@code $0} and {@code ${0}} are the match, {@code $$} is {@code $}, other references are
     * empty), while the first-match form inserts the replacement literally.
     */
    static String replace(String pattern, String value, String replacement, boolean all, WorkBudget budget)
            throws ShellException {
        GlobPattern glob = compile(pattern);
        int[] text = value.codePoints().toArray();
        boolean[] starts = glob.possibleStarts(text, budget);
        int n = text.length;
        if (!all) {
            for (int start = 0; start <= n; start++) {
                if (starts[start]) {
                    int end = glob.matchEnd(text, start, true, budget);
                    return new String(text, 0, start) + replacement + new String(text, end, n - end);
                }
            }
            return value;
        }
        // Go's Regexp.replaceAll loop, on code points instead of bytes.
        StringBuilder out = new StringBuilder();
        int searchPos = 0;
        int lastMatchEnd = 0;
        int candidate = 0;
        while (searchPos <= n) {
            candidate = Math.max(candidate, searchPos);
            while (candidate <= n && !starts[candidate]) {
                candidate++;
            }
            if (candidate > n) {
                break;
            }
            int start = candidate;
            int end = glob.matchEnd(text, start, true, budget);
            out.append(new String(text, lastMatchEnd, start - lastMatchEnd));
            // No replacement for an empty match right after a previous match.
            if (end > lastMatchEnd || start == 0) {
                expandTemplate(replacement, new String(text, start, end - start), out);
            }
            WorkBudget.checkSize(out.length());
            lastMatchEnd = end;
            searchPos = searchPos + 1 > end ? searchPos + 1 : end;
        }
        out.append(new String(text, lastMatchEnd, n - lastMatchEnd));
        return out.toString();
    }

    private static GlobPattern compile(String pattern) throws ShellException {
        try {
            return GlobPattern.parse(pattern);
        } catch (ShellException e) {
            throw new ShellException("invalid pattern (" + pattern + ") in substitution: " + e.reason());
        }
    }

    private static String reverse(String text) {
        int[] cps = text.codePoints().toArray();
        for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
            int t = cps[i];
            cps[i] = cps[j];
            cps[j] = t;
        }
        return new String(cps, 0, cps.length);
    }

    /** Go's {@code Regexp.expand} for a pattern without capture groups. */
    private static void expandTemplate(String template, String match, StringBuilder out) {
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i < n && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            boolean brace = i < n && template.charAt(i) == '{';
            int nameStart = brace ? i + 1 : i;
            int nameEnd = nameStart;
            while (nameEnd < n) {
                int cp = template.codePointAt(nameEnd);
                if (!GoText.isNameChar(cp)) {
                    break;
                }
                nameEnd += Character.charCount(cp);
            }
            boolean valid = nameEnd > nameStart && (!brace || (nameEnd < n && template.charAt(nameEnd) == '}'));
            if (!valid) {
                out.append('$'); // malformed reference: the $ is literal text
                continue;
            }
            String name = template.substring(nameStart, nameEnd);
            if (name.equals("0")) {
                out.append(match); // group 0, the whole match; there are no other groups
            }
            i = brace ? nameEnd + 1 : nameEnd;
        }
    }
}
