package dockerfilels.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Heredoc marker detection, after BuildKit's {@code ParseHeredoc} and {@code heredocsFromLine}. */
public final class Heredocs {
    /** Lexes the name after {@code <<}: escape {@code \} always, unset variables kept as written. */
    private static final ShellLexer NAME_LEXER = new ShellLexer('\\').withSkipUnsetEnv(true);
    /**
     * Splits an instruction line without losing anything (quotes, escapes and {@code $X} stay), so
     * the marker words can be judged afterwards; {@code <<} keeps the blanks after it in its word.
     */
    private static final ShellLexer LINE_LEXER =
            new ShellLexer('\\').withRawQuotes(true).withRawEscapes(true).withSkipUnsetEnv(true);

    private Heredocs() {
    }

    /**
     * Parses one word as a heredoc marker. The word must look like {@code ^(\d*)<<(-?)\s*([^<]*)$}
     * with a non-empty rest that lexes as exactly one shell word; otherwise it is not a heredoc
     * (empty result). A rest the lexer rejects (an unterminated quote) is an error, as in BuildKit.
     */
    public static Optional<HeredocMarker> parse(String word) throws ShellException {
        int i = 0;
        while (i < word.length() && isAsciiDigit(word.charAt(i))) {
            i++;
        }
        String digits = word.substring(0, i);
        if (!word.startsWith("<<", i)) {
            return Optional.empty();
        }
        i += 2;
        boolean chomp = i < word.length() && word.charAt(i) == '-';
        if (chomp) {
            i++;
        }
        while (i < word.length() && isRegexpSpace(word.charAt(i))) {
            i++;
        }
        String rest = word.substring(i);
        if (rest.isEmpty() || rest.indexOf('<') >= 0) {
            return Optional.empty();
        }
        List<String> words = NAME_LEXER.processWords(rest, Env.EMPTY);
        if (words.size() != 1) {
            return Optional.empty(); // "<<EOF sh" as one word is not a heredoc
        }
        // Lexing once without and once with quotes tells whether any quote was removed (BuildKit
        // compares the quote counts): a quoted name means the body is not expanded.
        List<String> rawWords = NAME_LEXER.withRawQuotes(true).processWords(rest, Env.EMPTY);
        if (rawWords.size() != 1) {
            throw new ShellException("internal lexing of heredoc produced inconsistent results: " + rest);
        }
        String name = words.get(0);
        boolean expand = countQuotes(name) == countQuotes(rawWords.get(0));
        return Optional.of(new HeredocMarker(name, fileDescriptor(digits), chomp, expand, -1, -1));
    }

    /**
     * The heredoc markers of an instruction line, in order, with their offsets in the line. A line
     * the lexer rejects (unbalanced quotes) has none, like in BuildKit, which ignores that error.
     */
    public static List<HeredocMarker> fromLine(String line) {
        List<HeredocMarker> markers = new ArrayList<>();
        try {
            for (WordSplitter.Word word : LINE_LEXER.processWordsWithSpans(line, Env.EMPTY)) {
                Optional<HeredocMarker> marker = parse(word.text());
                if (marker.isPresent()) {
                    markers.add(marker.get().at(word.start(), word.end()));
                }
            }
        } catch (ShellException e) {
            // BuildKit fails the whole line here; for us that means no heredocs on it.
            return List.of();
        }
        return markers;
    }

    /** BuildKit's {@code ChompHeredocContent}: removes the leading tabs of every line. */
    public static String chomp(String content) {
        StringBuilder out = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** RE2's {@code \s}: ASCII space, tab, newline, form feed and carriage return (not vertical tab). */
    private static boolean isRegexpSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static int countQuotes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                count++;
            }
        }
        return count;
    }

    /** The fd digits; BuildKit ignores a parse failure, and we clamp an overflowing number. */
    private static int fileDescriptor(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
