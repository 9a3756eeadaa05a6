package dockerfilels.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code .dockerignore} file as BuildKit reads it ({@code moby/patternmatcher/ignorefile} and
 * {@code patternmatcher}): one pattern a line; lines starting with {@code #} are comments; blanks
 * trimmed; {@code !} marks an exception; patterns are cleaned like Go's {@code filepath.Clean} and a
 * leading {@code /} dropped. {@code *} and {@code ?} do not match {@code /}, {@code **} matches any
 * number of directories, {@code [...]} is a character class, {@code \} escapes. A later pattern
 * overrides an earlier one; a path also matches when one of its parent directories does.
 */
public final class DockerIgnore {
    /** One pattern: the cleaned text, whether it is an exception ({@code !}), and its regular expression (null if invalid). */
    public record Entry(String pattern, boolean exclusion, Pattern regex) {
        boolean matches(String path) {
            return regex != null && regex.matcher(path).matches();
        }
    }

    private final List<Entry> entries;

    private DockerIgnore(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DockerIgnore parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean exclusion = pattern.charAt(0) == '!';
            if (exclusion) {
                pattern = pattern.substring(1).strip();
            }
            if (!pattern.isEmpty()) {
                pattern = clean(pattern);
                if (pattern.length() > 1 && pattern.charAt(0) == '/') {
                    pattern = pattern.substring(1);
                }
            }
            if (exclusion && pattern.isEmpty()) {
                entries.add(new Entry(pattern, true, null));
                continue;
            }
            entries.add(new Entry(pattern, exclusion, compile(clean(pattern))));
        }
        return new DockerIgnore(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether any pattern is an exception ({@code !pattern}). */
    public boolean hasExclusions() {
        for (Entry e : entries) {
            if (e.exclusion()) {
                return true;
            }
        }
        return false;
    }

    /** patternmatcher's {@code MatchesOrParentMatches}: the path, or one of its parent folders, is excluded. */
    public boolean matchesOrParentMatches(String file) {
        boolean matched = false;
        String parent = dir(file);
        String[] parentDirs = parent.split("/", -1);
        for (Entry entry : entries) {
            if (entry.exclusion() != matched) {
                continue;
            }
            boolean match = entry.matches(file);
            if (!match && !parent.equals(".")) {
                for (int i = 0; i < parentDirs.length && !match; i++) {
                    match = entry.matches(String.join("/", java.util.Arrays.copyOfRange(parentDirs, 0, i + 1)));
                }
            }
            if (match) {
                matched = !entry.exclusion();
            }
        }
        return matched;
    }

    /** patternmatcher's translation of a pattern to a regular expression. */
    static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder("^");
        int n = pattern.length();
        for (int i = 0; i < n; ) {
            int ch = pattern.codePointAt(i);
            i += Character.charCount(ch);
            if (ch == '*') {
                if (i < n && pattern.charAt(i) == '*') {
                    i++;
                    if (i < n && pattern.charAt(i) == '/') {
                        i++;
                    }
                    if (i >= n) {
                        re.append(".*");
                    } else {
                        re.append("(.*/)?");
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (ch == '?') {
                re.append("[^/]");
            } else if (".+()|{}$".indexOf(ch) >= 0) {
                re.append('\\').appendCodePoint(ch);
            } else if (ch == '\\') {
                if (i < n) {
                    int next = pattern.codePointAt(i);
                    i += Character.charCount(next);
                    re.append('\\').appendCodePoint(next);
                } else {
                    re.append("\\\\");
                }
            } else if (ch < 128 && !Character.isLetterOrDigit(ch) && "[]^-/_ ".indexOf(ch) < 0) {
                re.append('\\').appendCodePoint(ch);
            } else {
                re.appendCodePoint(ch);
            }
        }
        re.append('$');
        try {
            return Pattern.compile(re.toString(), Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** Go's {@code path.Clean}. */
    public static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add("..");
                }
                continue;
            }
            out.add(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** Go's {@code filepath.Dir} for slash paths. */
    static String dir(String path) {
        int slash = path.lastIndexOf('/');
        return clean(slash < 0 ? "" : path.substring(0, slash + 1));
    }
}
