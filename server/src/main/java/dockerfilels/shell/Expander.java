package dockerfilels.shell;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One expansion of one word: the mutable scanner state behind {@link ShellLexer}, which stays
 * immutable by creating one of these per call. The structure follows BuildKit's {@code shellWord}
 * ({@code processStopOn}, {@code processDollar}, ...) so behaviour can be checked against it.
 */
final class Expander {
    private static final int EOF = -1;
    /** Deepest {@code ${a:-${b:-...}}} nesting we follow before giving up, instead of overflowing the stack. */
    static final int MAX_NESTING = 100;

    /** What one processStopOn call produced. */
    record Piece(String text, List<WordSplitter.Word> words) {
    }

    private final ShellLexer lexer;
    private final Env env;
    private final String source;
    private final WorkBudget budget = new WorkBudget();
    private int pos;
    private int nesting;
    /** Whether escape characters are kept; {@code #}, {@code %} and {@code /} words turn it on. */
    private boolean rawEscapes;
    final Set<String> matched = new LinkedHashSet<>();
    final Set<String> unmatched = new LinkedHashSet<>();

    Expander(ShellLexer lexer, Env env, String source) {
        this.lexer = lexer;
        this.env = env;
        this.source = source;
        this.rawEscapes = lexer.rawEscapes();
    }

    /** Expands the whole word; errors carry BuildKit's "failed to process" wrapper. */
    Piece run() throws ShellException {
        try {
            return processStopOn(EOF, lexer.rawEscapes(), true);
        } catch (ShellException e) {
            throw e.forWord(source);
        } catch (StackOverflowError e) {
            // Not expected (nesting is capped), but process* promises to throw only ShellException.
            throw ShellException.limit("word is nested too deeply");
        }
    }

    private int peek() {
        return pos < source.length() ? source.codePointAt(pos) : EOF;
    }

    private int next() {
        if (pos >= source.length()) {
            return EOF;
        }
        int cp = source.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    /** Expands up to {@code stopChar} (consumed) or the end of the word when it is EOF. */
    private Piece processStopOn(int stopChar, boolean rawEscapesHere, boolean splitWords) throws ShellException {
        boolean savedRawEscapes = rawEscapes;
        rawEscapes = rawEscapesHere;
        try {
            StringBuilder result = new StringBuilder();
            WordSplitter words = splitWords ? new WordSplitter() : null;
            int escape = lexer.escapeToken();
            while (peek() != EOF) {
                int ch = peek();
                int start = pos;
                if (stopChar != EOF && ch == stopChar) {
                    next();
                    return new Piece(result.toString(), words == null ? List.of() : words.finish(start));
                }
                String special = switch (ch) {
                    case '$' -> processDollar();
                    case '<' -> processPossibleHeredoc();
                    case '\'' -> processSingleQuote();
                    case '"' -> processDoubleQuote();
                    default -> null;
                };
                if (special != null) {
                    result.append(special);
                    WorkBudget.checkSize(result.length());
                    if (words != null) {
                        if (ch == '$') {
                            words.addSplitting(special, start, pos); // unquoted expansions split
                        } else {
                            words.addRaw(special, start);
                        }
                    }
                    continue;
                }
                ch = next();
                if (ch == escape) {
                    if (rawEscapes) {
                        result.appendCodePoint(ch);
                        if (words != null) {
                            words.addRaw(Character.toString(ch), start);
                        }
                    }
                    int escapedAt = pos;
                    ch = next();
                    if (ch == EOF) {
                        break; // a trailing escape is dropped
                    }
                    if (words != null) {
                        words.addRaw(Character.toString(ch), escapedAt);
                    }
                } else if (words != null) {
                    words.addSplitting(Character.toString(ch), start, pos);
                }
                result.appendCodePoint(ch);
            }
            if (stopChar != EOF) {
                throw new ShellException("unexpected end of statement while looking for matching "
                        + GoText.runeString(stopChar));
            }
            return new Piece(result.toString(), words == null ? List.of() : words.finish(pos));
        } finally {
            rawEscapes = savedRawEscapes;
        }
    }

    /** Single quotes: everything up to the next {@code '} is literal; nothing can be escaped. */
    private String processSingleQuote() throws ShellException {
        StringBuilder result = new StringBuilder();
        int quote = next();
        if (lexer.rawQuotes()) {
            result.appendCodePoint(quote);
        }
        int close = source.indexOf('\'', pos);
        if (close < 0) {
            pos = source.length();
            throw new ShellException("unexpected end of statement while looking for matching single-quote");
        }
        result.append(source, pos, close);
        pos = close + 1;
        if (lexer.rawQuotes()) {
            result.append('\'');
        }
        return result.toString();
    }

    /**
     * Double quotes: {@code $} expands; the escape character escapes only {@code "}, {@code $} and
     * itself and otherwise stays. With raw escapes BuildKit writes the escape character and then,
     * when the next character is not escapable, writes it again; we keep that quirk.
     */
    private String processDoubleQuote() throws ShellException {
        StringBuilder result = new StringBuilder();
        int quote = next();
        if (lexer.rawQuotes()) {
            result.appendCodePoint(quote);
        }
        int escape = lexer.escapeToken();
        while (true) {
            int peeked = peek();
            if (peeked == EOF) {
                throw new ShellException("unexpected end of statement while looking for matching double-quote");
            }
            if (peeked == '"') {
                next();
                if (lexer.rawQuotes()) {
                    result.append('"');
                }
                return result.toString();
            }
            if (peeked == '$') {
                result.append(processDollar());
                WorkBudget.checkSize(result.length());
                continue;
            }
            int ch = next();
            if (ch == escape) {
                if (rawEscapes) {
                    result.appendCodePoint(ch);
                }
                int after = peek();
                if (after == EOF) {
                    continue; // reported as a missing quote on the next round
                }
                if (after == '"' || after == '$' || after == escape) {
                    ch = next();
                }
            }
            result.appendCodePoint(ch);
        }
    }

    /**
     * {@code <<} and the spaces, tabs and CRs right after it are returned as one unsplittable piece,
     * so that {@code << EOF} stays a single word for heredoc detection (BuildKit's
     * {@code processPossibleHeredoc}). It does not change the expanded text.
     */
    private String processPossibleHeredoc() {
        next();
        if (peek() != '<') {
            return "<";
        }
        int start = pos - 1;
        next();
        while (peek() == ' ' || peek() == '\t' || peek() == '\r') {
            next();
        }
        return source.substring(start, pos);
    }

    private String processDollar() throws ShellException {
        next(); // '$'
        if (peek() != '{') {
            String name = processName();
            if (name.isEmpty()) {
                return "$"; // a lone $ or $ before a non-name character is literal
            }
            String value = lookup(name);
            if (value == null) {
                return lexer.skipUnsetEnv() ? "$" + name : "";
            }
            return value;
        }
        if (nesting >= MAX_NESTING) {
            throw ShellException.limit("substitutions are nested more than " + MAX_NESTING + " deep");
        }
        nesting++;
        try {
            return processBraced();
        } finally {
            nesting--;
        }
    }

    private String processBraced() throws ShellException {
        next(); // '{'
        int lead = peek();
        if (lead == EOF) {
            throw new ShellException("syntax error: missing '}'");
        }
        if (lead == '{' || lead == '}' || lead == ':') {
            throw new ShellException("syntax error: bad substitution"); // ${{x}, ${}, ${:x}
        }
        String name = processName();
        int ch = next();
        if (ch == EOF) {
            // BuildKit reports "unsupported modifier (\uFFFD)" here; the missing brace is the real problem.
            throw new ShellException("syntax error: missing '}'");
        }
        String modifier = GoText.runeString(ch);
        boolean nullIsUnset = false;
        if (ch == '}') {
            String value = lookup(name);
            if (value == null) {
                return lexer.skipUnsetEnv() ? "${" + name + "}" : "";
            }
            return value;
        }
        if (ch == ':') {
            nullIsUnset = true;
            ch = next();
            if (ch == EOF) {
                throw new ShellException("syntax error: missing '}'");
            }
            modifier += GoText.runeString(ch);
        }
        switch (ch) {
            case '-', '+', '?', '#', '%' -> {
                boolean patternWord = ch == '#' || ch == '%';
                if (nullIsUnset && patternWord) {
                    throw unsupported(modifier); // ${v:#p} and ${v:%p} do not exist
                }
                // Patterns keep their escapes so that \* and \? reach the pattern parser.
                String word = stopOn('}', patternWord, "syntax error: missing '}'");
                String value = lookup(name);
                if (value == null && lexer.skipUnsetEnv()) {
                    return "${" + name + modifier + word + "}";
                }
                return applyModifier(name, value, (char) ch, nullIsUnset, word);
            }
            case '/' -> {
                if (nullIsUnset) {
                    throw unsupported(modifier);
                }
                boolean replaceAll = peek() == '/';
                if (replaceAll) {
                    next();
                }
                String pattern = stopOn('/', true, "syntax error: missing '/' in ${}");
                String replacement = stopOn('}', true, "syntax error: missing '}'");
                String value = lookup(name);
                if (value == null && lexer.skipUnsetEnv()) {
                    // BuildKit writes a single '/' here even for '//'; kept for identical output.
                    return "${" + name + "/" + pattern + "/" + replacement + "}";
                }
                return PatternModifiers.replace(pattern, value == null ? "" : value, replacement, replaceAll, budget);
            }
            default -> throw unsupported(modifier); // includes ${v=w} and ${v:=w}
        }
    }

    private String applyModifier(String name, String value, char modifier, boolean nullIsUnset, String word)
            throws ShellException {
        boolean unset = value == null || (nullIsUnset && value.isEmpty());
        switch (modifier) {
            case '-':
                return unset ? word : value;
            case '+':
                return unset ? "" : word;
            case '?':
                if (value == null) {
                    throw new ShellException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                if (unset) {
                    throw new ShellException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                }
                return value;
            default: {
                // A doubled # or % (## %%) asks for the longest match instead of the shortest.
                boolean longest = !word.isEmpty() && word.charAt(0) == modifier;
                String pattern = longest ? word.substring(1) : word;
                String subject = value == null ? "" : value;
                return modifier == '%'
                        ? PatternModifiers.trimSuffix(pattern, subject, longest, budget)
                        : PatternModifiers.trimPrefix(pattern, subject, longest, budget);
            }
        }
    }

    /** A modifier word; an error that ran into the end of input becomes BuildKit's "missing" message. */
    private String stopOn(int stopChar, boolean rawEscapesHere, String missingMessage) throws ShellException {
        try {
            return processStopOn(stopChar, rawEscapesHere, false).text();
        } catch (ShellException e) {
            if (peek() == EOF && !e.isLimit()) {
                throw new ShellException(missingMessage);
            }
            throw e;
        }
    }

    private static ShellException unsupported(String modifier) {
        return new ShellException("unsupported modifier (" + modifier + ") in substitution");
    }

    /**
     * A variable name: letters, digits and {@code _}; a name starting with a digit is all the digits
     * ({@code $10}); a special parameter ({@code @ * # ? - $ ! 0}) is one character.
     */
    private String processName() {
        int start = pos;
        int first = peek();
        if (first == EOF) {
            return "";
        }
        if (Character.isDigit(first)) {
            while (peek() != EOF && Character.isDigit(peek())) {
                next();
            }
            return source.substring(start, pos);
        }
        if (isSpecialParameter(first)) {
            next();
            return source.substring(start, pos);
        }
        while (peek() != EOF && GoText.isNameChar(peek())) {
            next();
        }
        return source.substring(start, pos);
    }

    static boolean isSpecialParameter(int cp) {
        return switch (cp) {
            case '@', '*', '#', '?', '-', '$', '!', '0' -> true;
            default -> false;
        };
    }

    private String lookup(String name) {
        String value = env.get(name);
        (value == null ? unmatched : matched).add(name);
        return value;
    }
}
